import type { OrganisationStatus } from "../../shared/api/submissions";
import type { Deadline } from "../../shared/deadline";
import type { CommentKind } from "../../shared/submission/comment";
import type { Translate } from "../i18n/I18nProvider";
import { formatDateTime } from "../i18n/formatDateTime";

/** "Submitted at 3 Apr 2027, 14:05", "Resubmitted at …", or the state's name. */
export function submissionStatusLabel(status: OrganisationStatus, locale: string, t: Translate): string {
  if (status.official && (status.state === "submitted" || status.state === "resubmitted")) {
    const time = formatDateTime(status.official.at, locale);
    return t(status.state === "submitted" ? "dashboard.submittedAt" : "dashboard.resubmittedAt", { time });
  }
  return t(`dashboard.state.${status.state}`);
}

/** Sent after the consultation's own deadline, which only an extension allows. */
export function isLate(status: OrganisationStatus, consultationDeadline: Deadline): boolean {
  return status.official !== null && Date.parse(status.official.at) > Date.parse(consultationDeadline.utc);
}

/** Organisations whose submission stands: "N of M submitted". */
export function submittedCount(organisations: readonly OrganisationStatus[]): number {
  return organisations.filter((status) => status.state === "submitted" || status.state === "resubmitted").length;
}

/** "Concern: 2, Support: 1" by kind, in the order given; null when there are none. */
export function commentCountsLabel(counts: Record<string, number> | undefined, kinds: readonly CommentKind[], t: Translate): string | null {
  const parts = kinds
    .filter((kind) => (counts?.[kind] ?? 0) > 0)
    .map((kind) => t("overview.count", { label: t(`kind.${kind}`), count: counts?.[kind] ?? 0 }));
  return parts.length > 0 ? parts.join(t("overview.listSeparator")) : null;
}
