import { useId, useState, type FormEvent } from "react";
import type { SubmissionComment } from "../../shared/submission/comment";
import { addReply, updateComment } from "../../shared/submission/submissionDoc";
import { formatDateTime } from "../i18n/formatDateTime";
import { useI18n } from "../i18n/useI18n";
import type { SubmissionHandle } from "./SubmissionHandle";

/** A comment's internal discussion: replies, and resolving it. Not part of the exported package. */
export function CommentThread({ comment, submission }: { comment: SubmissionComment; submission: SubmissionHandle }) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState("");
  const replyId = useId();
  const send = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (text) {
      addReply(submission.doc, comment.id, submission.author, text, new Date());
      setDraft("");
    }
  };
  const toggleResolved = () => updateComment(submission.doc, comment.id, { resolved: !comment.resolved }, submission.author, new Date());
  return (
    <details className="comment-thread" open={comment.replies.length > 0 && !comment.resolved}>
      <summary>
        {t("comments.thread", { count: comment.replies.length })}
        {comment.resolved && <span className="chip">{t("comments.resolved")}</span>}
      </summary>
      <ol className="replies">
        {comment.replies.map((reply) => (
          <li key={reply.id}>
            <span className="reply-meta">
              <span dir="auto">{reply.author.name}</span> · <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt, locale)}</time>
            </span>
            <span className="reply-text" dir="auto">
              {reply.text}
            </span>
          </li>
        ))}
      </ol>
      {submission.canWrite && (
        <form className="reply-form" onSubmit={send}>
          <label htmlFor={replyId}>{t("comments.replyLabel")}</label>
          <textarea id={replyId} dir="auto" rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <div className="row">
            <button type="submit" disabled={!draft.trim()}>
              {t("comments.send")}
            </button>
            <button type="button" onClick={toggleResolved}>
              {comment.resolved ? t("comments.reopen") : t("comments.resolve")}
            </button>
          </div>
        </form>
      )}
    </details>
  );
}
