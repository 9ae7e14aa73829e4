import { useEffect, useMemo, useRef } from "react";
import type { Paragraph } from "../../shared/paragraphs";
import type { SubmissionComment } from "../../shared/submission/comment";
import { commentFragment, deleteComment, touchComment, updateComment } from "../../shared/submission/submissionDoc";
import { formatDateTime } from "../i18n/formatDateTime";
import { useI18n } from "../i18n/useI18n";
import { CommentLimitCount } from "../limits/CommentLimitCount";
import { CommentSettings } from "./CommentSettings";
import { CommentTextEditor } from "./CommentTextEditor";
import { CommentThread } from "./CommentThread";
import { Redline } from "./Redline";
import type { SubmissionHandle } from "./SubmissionHandle";

/** How long typing in a comment waits before it records the author and time. */
const TOUCH_DELAY_MS = 1500;

interface CommentCardProps {
  comment: SubmissionComment;
  /** The paragraph it answers as the report reads now; null when it was removed. */
  paragraph: Paragraph | null;
  submission: SubmissionHandle;
  autoFocus: boolean;
  /** Names of the organisations backing it, once shared. */
  backers?: readonly string[];
}

/** One comment: its settings, quote, co-edited body, proposed text with its redline, and discussion. */
export function CommentCard({ comment, paragraph, submission, autoFocus, backers = [] }: CommentCardProps) {
  const { t, locale } = useI18n();
  const { doc, author } = submission;
  const body = useMemo(() => commentFragment(doc, comment.id, "body"), [doc, comment.id]);
  const proposal = useMemo(() => commentFragment(doc, comment.id, "proposal"), [doc, comment.id]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const touch = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => touchComment(doc, comment.id, author, new Date()), TOUCH_DELAY_MS);
  };
  const number = paragraph?.number ?? comment.paragraphNumber;
  // A red line tells partners where the organisation will not move: sharing one is asked twice.
  const toggleShared = () => {
    if (!comment.shared && comment.priority === "redLine" && !window.confirm(t("comments.confirmShareRedLine"))) {
      return;
    }
    updateComment(doc, comment.id, { shared: !comment.shared }, author, new Date());
  };
  const remove = () => {
    if (window.confirm(t("comments.confirmDelete"))) {
      deleteComment(doc, comment.id);
    }
  };

  return (
    <article className="comment-card" data-comment-id={comment.id} data-status={comment.status} data-priority={comment.priority} tabIndex={-1} aria-label={t("comments.body", { number })}>
      <CommentSettings comment={comment} submission={submission} />
      {comment.quote && (
        <blockquote className="comment-quote-text" dir="auto" aria-label={t("comments.quoteLabel")}>
          {comment.quote.exact}
        </blockquote>
      )}
      {body && (
        <CommentTextEditor
          fragment={body}
          awareness={submission.awareness}
          label={t("comments.body", { number })}
          editable={submission.canWrite}
          onLocalChange={touch}
          autoFocus={autoFocus}
        />
      )}
      {comment.kind === "amendment" && proposal && (
        <section className="comment-proposal">
          <h3>{t("comments.proposalHeading")}</h3>
          <CommentTextEditor
            fragment={proposal}
            awareness={submission.awareness}
            label={t("comments.proposal", { number })}
            editable={submission.canWrite}
            onLocalChange={touch}
            className="proposal-text"
          />
          <Redline original={paragraph?.text ?? comment.paragraphText} proposed={comment.proposedText} label={t("comments.redlineHeading")} />
        </section>
      )}
      <CommentLimitCount body={comment.bodyText} proposedText={comment.kind === "amendment" ? comment.proposedText : ""} limits={submission.limits} />
      <p className="comment-meta">
        <span dir="auto">{t("comments.authors", { names: comment.authors.map((person) => person.name).join(", ") })}</span>
        {" · "}
        <time dateTime={comment.updatedAt}>{t("comments.updated", { time: formatDateTime(comment.updatedAt, locale) })}</time>
        {" · "}
        <span className="chip" data-status={comment.status}>
          {t(`commentStatus.${comment.status}`)}
        </span>
        {comment.shared && <span className="chip">{t("comments.shared")}</span>}
        {comment.shared && backers.length > 0 && (
          <span className="backers" dir="auto">
            {" · "}
            {t("coalition.backedBy", { count: backers.length, names: backers.join(", ") })}
          </span>
        )}
      </p>
      {submission.canWrite && (
        <div className="comment-actions">
          <button type="button" onClick={() => updateComment(doc, comment.id, { status: comment.status === "ready" ? "draft" : "ready" }, author, new Date())}>
            {comment.status === "ready" ? t("comments.markDraft") : t("comments.markReady")}
          </button>
          <button type="button" onClick={toggleShared}>
            {comment.shared ? t("comments.unshare") : t("comments.share")}
          </button>
          <button type="button" className="danger" onClick={remove}>
            {t("comments.delete")}
          </button>
        </div>
      )}
      <CommentThread comment={comment} submission={submission} />
    </article>
  );
}
