import { CommentKind, Priority, Stance, type SubmissionComment } from "../../shared/submission/comment";
import { updateComment } from "../../shared/submission/submissionDoc";
import { useI18n } from "../i18n/useI18n";
import type { SubmissionHandle } from "./SubmissionHandle";

/** A comment's kind, position and priority: changeable selects for writers, labels for readers. */
export function CommentSettings({ comment, submission }: { comment: SubmissionComment; submission: SubmissionHandle }) {
  const { t } = useI18n();
  if (!submission.canWrite) {
    return (
      <p className="comment-chips">
        <span className="chip" data-kind={comment.kind}>
          {t(`kind.${comment.kind}`)}
        </span>
        <span className="chip">{t(`stance.${comment.stance}`)}</span>
        {comment.priority === "redLine" && <span className="chip red-line">{t("comments.redLine")}</span>}
      </p>
    );
  }
  const change = (settings: Parameters<typeof updateComment>[2]) => updateComment(submission.doc, comment.id, settings, submission.author, new Date());
  return (
    <div className="comment-settings">
      <label>
        <span>{t("comments.kind")}</span>
        <select value={comment.kind} onChange={(event) => change({ kind: CommentKind.parse(event.target.value) })}>
          {CommentKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("comments.stance")}</span>
        <select value={comment.stance} onChange={(event) => change({ stance: Stance.parse(event.target.value) })}>
          {Stance.options.map((stance) => (
            <option key={stance} value={stance}>
              {t(`stance.${stance}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("comments.priority")}</span>
        <select value={comment.priority} onChange={(event) => change({ priority: Priority.parse(event.target.value) })} data-priority={comment.priority}>
          {Priority.options.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
