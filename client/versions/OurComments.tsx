import type { CommentOutcome, DiffComment } from "../../shared/diff/CommentFate";
import { kindAndStance } from "../comments/kindAndStance";
import { useI18n } from "../i18n/useI18n";
import { fateLabel, uptakeLabel } from "./outcomeLabels";

/** Beside a changed paragraph: the organisation's comments on it, what they said and what became of them. */
export function OurComments({ comments, outcomes, organisation }: { comments: DiffComment[]; outcomes: ReadonlyMap<string, CommentOutcome>; organisation: string }) {
  const { t } = useI18n();
  return (
    <aside className="our-comments" aria-label={t("ourComments.label", { organisation })}>
      <p className="our-comments-flag">{t("ourComments.flag")}</p>
      <ul>
        {comments.map((comment) => {
          const outcome = outcomes.get(comment.id);
          const labels = kindAndStance(comment.kind, comment.stance, t);
          return (
            <li key={comment.id} className="our-comment" data-comment-id={comment.id} data-priority={comment.priority}>
              <p className="our-comment-meta">
                <span className="diff-badge">{labels.kind}</span>
                {labels.stance && <span className="diff-badge">{labels.stance}</span>}
                {comment.priority === "redLine" && <span className="diff-badge red-line">{t("priority.redLine")}</span>}
                {outcome?.uptake && <span className="diff-badge uptake-badge">{uptakeLabel(outcome, t)}</span>}
              </p>
              {comment.bodyText && (
                <p className="our-comment-body" dir="auto">
                  {comment.bodyText}
                </p>
              )}
              {comment.proposedText && (
                <div className="our-comment-proposal">
                  <span className="our-comment-label">{t("ourComments.proposed")}</span>
                  <p dir="auto">{comment.proposedText}</p>
                </div>
              )}
              {outcome && <p className="muted">{fateLabel(outcome, t)}</p>}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
