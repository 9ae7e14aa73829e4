import { useId, useState } from "react";
import type { Paragraph } from "../../shared/paragraphs";
import type { SubmissionComment } from "../../shared/submission/comment";
import { reattachComment } from "../../shared/submission/submissionDoc";
import { useI18n } from "../i18n/useI18n";
import { CommentCard } from "./CommentCard";
import type { SubmissionHandle } from "./SubmissionHandle";
import { showCommentOnceShown } from "./useCommenting";

/** Comments whose paragraph left the report: kept with their quote and last number, and re-attachable. */
export function DetachedComments({ comments, paragraphs, submission }: { comments: readonly SubmissionComment[]; paragraphs: readonly Paragraph[]; submission: SubmissionHandle }) {
  const { t } = useI18n();
  const headingId = useId();
  if (comments.length === 0) {
    return null;
  }
  return (
    <section className="detached-comments" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("comments.detachedHeading")}</h3>
      {comments.map((comment) => (
        <div key={comment.id} className="detached-comment">
          <p className="notice">{t("comments.detachedNote", { number: comment.paragraphNumber })}</p>
          <details>
            <summary>{t("comments.originalText")}</summary>
            <p dir="auto">{comment.paragraphText}</p>
          </details>
          <CommentCard comment={comment} paragraph={null} submission={submission} autoFocus={false} />
          {submission.canWrite && <Reattach comment={comment} paragraphs={paragraphs} submission={submission} />}
        </div>
      ))}
    </section>
  );
}

function Reattach({ comment, paragraphs, submission }: { comment: SubmissionComment; paragraphs: readonly Paragraph[]; submission: SubmissionHandle }) {
  const { t } = useI18n();
  const [target, setTarget] = useState(paragraphs[0]?.id ?? "");
  const selectId = useId();
  const paragraph = paragraphs.find((candidate) => candidate.id === target);
  return (
    <div className="row reattach">
      <label htmlFor={selectId}>{t("comments.reattach")}</label>
      <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
        {paragraphs.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {t("comments.paragraphOption", { number: candidate.number, excerpt: candidate.text.slice(0, 50) })}
          </option>
        ))}
      </select>
      <button type="button" disabled={!paragraph} onClick={() => paragraph && reattachComment(submission.doc, comment.id, paragraph) && showCommentOnceShown(comment.id)}>
        {t("comments.reattachButton")}
      </button>
    </div>
  );
}
