import type { CommentOutcome } from "../../shared/diff/CommentFate";
import type { Translate } from "../i18n/I18nProvider";

/** What happened to a comment's paragraph, in the reader's language ("Modified, moved"). */
export function fateLabel(outcome: CommentOutcome, t: Translate): string {
  const fate = t(`uptake.fate.${outcome.fate}`);
  return outcome.moved && outcome.fate !== "moved" ? t("uptake.fateAndMoved", { fate }) : fate;
}

/** An amendment's uptake in the reader's language, or "no proposal". */
export function uptakeLabel(outcome: CommentOutcome, t: Translate): string {
  if (!outcome.uptake) {
    return t("uptake.noProposal");
  }
  return outcome.uptake.status === "partlyAdopted" ? t("uptake.partlyAdopted", { percent: outcome.uptake.percent }) : t(`uptake.${outcome.uptake.status}`);
}
