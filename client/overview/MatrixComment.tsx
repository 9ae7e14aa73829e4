import { Redline } from "../comments/Redline";
import { kindAndStance } from "../comments/kindAndStance";
import { useI18n } from "../i18n/useI18n";
import type { OverviewComment } from "./overviewFilter";

interface MatrixCommentProps {
  placed: Pick<OverviewComment, "comment"> & { endorsedBy?: readonly string[] };
  /** The paragraph as the report reads now, for an amendment's redline; null when it left the report. */
  paragraphText: string | null;
  names: ReadonlyMap<string, string>;
}

/** One organisation's comment in a matrix cell: kind, position, red line, status, text, proposal and backers. */
export function MatrixComment({ placed, paragraphText, names }: MatrixCommentProps) {
  const { t } = useI18n();
  const { comment } = placed;
  const redLine = comment.priority === "redLine";
  const backers = placed.endorsedBy ?? [];
  const labels = kindAndStance(comment.kind, comment.stance, t);
  return (
    <article className="matrix-comment" data-comment-id={comment.id} data-red-line={redLine || undefined}>
      <p className="comment-chips">
        <span className="chip" data-kind={comment.kind}>
          {labels.kind}
        </span>
        {labels.stance && (
          <span className="chip" data-stance={comment.stance}>
            {labels.stance}
          </span>
        )}
        {redLine && (
          <span className="chip red-line">
            <span aria-hidden="true">! </span>
            {t("priority.redLine")}
          </span>
        )}
        <span className="chip" data-status={comment.status}>
          {t(`commentStatus.${comment.status}`)}
        </span>
      </p>
      {comment.quote && (
        <blockquote className="comment-quote-text" dir="auto" aria-label={t("comments.quoteLabel")}>
          {comment.quote}
        </blockquote>
      )}
      {comment.bodyText.trim() ? (
        <p className="matrix-comment-text" dir="auto">
          {comment.bodyText}
        </p>
      ) : (
        <p className="matrix-comment-text empty">{t("overview.noText")}</p>
      )}
      {comment.kind === "amendment" && comment.proposedText && (
        <div className="matrix-proposal">
          <p className="matrix-proposal-heading">{t("comments.proposalHeading")}</p>
          {paragraphText === null ? (
            <p dir="auto">{comment.proposedText}</p>
          ) : (
            <Redline original={paragraphText} proposed={comment.proposedText} label={t("comments.redlineHeading")} />
          )}
        </div>
      )}
      {backers.length > 0 && (
        <p className="matrix-backers" dir="auto">
          {t("overview.backedBy", { names: backers.map((id) => names.get(id) ?? id).join(t("overview.listSeparator")) })}
        </p>
      )}
    </article>
  );
}
