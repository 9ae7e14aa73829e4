import { CHARACTERS_PER_PAGE, pagesOf, type LimitViolation } from "../../shared/submission/limits";
import type { Translate } from "../i18n/I18nProvider";
import { useI18n } from "../i18n/useI18n";
import "./limits.css";

/** One broken limit in the reader's language: where, which limit, and by how much. */
export function describeLimitViolation(violation: LimitViolation, t: Translate, locale: string): string {
  const number = (value: number) => value.toLocaleString(locale);
  const where =
    violation.part === "comment"
      ? t("limits.where.paragraph", { number: violation.paragraphNumber ?? "?" })
      : violation.part === "generalRemarks"
        ? t("limits.where.generalRemarks")
        : violation.part === "coverNote"
          ? t("limits.where.coverNote")
          : t("limits.where.package");
  const counts = { where, actual: number(violation.actual), excess: number(violation.excess), allowed: number(violation.allowed) };
  // Counts that choose a plural form go as numbers; the message writes them for the locale.
  switch (violation.limit) {
    case "characters":
      return t("limits.violation.characters", { ...counts, actual: violation.actual });
    case "ascii":
      return t("limits.violation.ascii", { where, actual: violation.actual, characters: (violation.characters ?? []).join(" ") });
    case "pages":
      return t("limits.violation.pages", { ...counts, excess: violation.excess, pages: number(pagesOf(violation.actual)), maxPages: violation.allowed / CHARACTERS_PER_PAGE });
  }
}

/** The list an export or a submit was refused with, as an alert. */
export function LimitViolationList({ violations }: { violations: readonly LimitViolation[] }) {
  const { t, locale } = useI18n();
  if (violations.length === 0) {
    return null;
  }
  return (
    <div role="alert" className="limit-violations">
      <p>{t("limits.violationsHeading")}</p>
      <ul>
        {violations.map((violation, index) => (
          <li key={`${violation.limit}:${violation.commentId ?? violation.part}:${index}`}>{describeLimitViolation(violation, t, locale)}</li>
        ))}
      </ul>
    </div>
  );
}
