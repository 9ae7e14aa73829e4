import { checkComment, type SubmissionLimits } from "../../shared/submission/limits";
import { useI18n } from "../i18n/useI18n";
import "./limits.css";

/**
 * Under a comment: its characters against the consultation's limit ("412 / 500 characters"),
 * announced once when it goes over, and the non-ASCII characters when only ASCII is accepted. Nothing when
 * the consultation sets neither limit.
 */
export function CommentLimitCount({ body, proposedText, limits }: { body: string; proposedText: string; limits: SubmissionLimits }) {
  const { t, locale } = useI18n();
  if (limits.maxCommentCharacters === null && !limits.asciiOnly) {
    return null;
  }
  const check = checkComment({ body, proposedText }, limits);
  const number = (value: number) => value.toLocaleString(locale);
  return (
    <div className="limit-count">
      {check.maxCharacters !== null &&
        (check.excess > 0 ? (
          <>
            <p className="limit-over">
              {t("limits.charactersOver", { count: number(check.characters), max: number(check.maxCharacters), excess: number(check.excess) })}
            </p>
            {/* The live message stays the same while the count moves, so it is announced once, on crossing the limit. */}
            <p role="alert" className="visually-hidden">
              {t("limits.overAnnouncement")}
            </p>
          </>
        ) : (
          <p className="muted">{t("limits.characters", { count: number(check.characters), max: number(check.maxCharacters) })}</p>
        ))}
      {check.nonAscii.length > 0 && (
        <p role="status" className="limit-over">
          {t("limits.nonAscii", { characters: check.nonAscii.join(" ") })}
        </p>
      )}
    </div>
  );
}
