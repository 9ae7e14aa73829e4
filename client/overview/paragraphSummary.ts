import { Stance } from "../../shared/submission/comment";
import type { Translate } from "../i18n/I18nProvider";
import type { OverviewRow } from "./overviewFilter";

/**
 * A paragraph's tally in words, e.g. "Organisations: 2, Amend: 1, Support: 1, Red lines: 1":
 * "label: count" reads correctly in every language without plural rules.
 */
export function paragraphSummary(row: OverviewRow, t: Translate): string {
  const { tally } = row;
  if (row.comments.length === 0) {
    return t("overview.noComments");
  }
  const parts = [t("overview.count", { label: t("overview.organisations"), count: tally.organisations })];
  for (const stance of Stance.options) {
    if (tally.stances[stance] > 0) {
      parts.push(t("overview.count", { label: t(`stance.${stance}`), count: tally.stances[stance] }));
    }
  }
  if (tally.kinds.amendment > 0) {
    parts.push(t("overview.count", { label: t("overview.amendments"), count: tally.kinds.amendment }));
  }
  if (tally.redLines > 0) {
    parts.push(t("overview.count", { label: t("overview.redLines"), count: tally.redLines }));
  }
  return parts.join(t("overview.listSeparator"));
}

/** The heat-map cell's accessible name: "Paragraph 38: Organisations: 2, …". */
export function cellName(row: OverviewRow, t: Translate): string {
  return t("overview.cellName", { number: row.paragraph.number, summary: paragraphSummary(row, t) });
}
