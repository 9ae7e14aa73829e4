import { useEffect, useId } from "react";
import { useI18n } from "../i18n/useI18n";
import { commentAuthors } from "./commentFilter";
import { CommentFilters } from "./CommentFilters";
import { GoToParagraph } from "./GoToParagraph";
import type { SubmissionHandle } from "./SubmissionHandle";
import { showComment, type Commenting } from "./useCommenting";

interface CommentToolsProps {
  commenting: Commenting;
  submission: SubmissionHandle;
  order: readonly string[];
  title: string;
  /** The organisation picker, when the person may open several submissions. */
  picker?: React.ReactNode;
  /** How many comments partners shared with the coalition. */
  partnerCount: number;
}

/** The bar above the report for commenting: start a comment, move between comments, filter. */
export function CommentTools({ commenting, submission, order, title, picker, partnerCount }: CommentToolsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const { comments, startComment, filter, setFilter } = commenting;

  const step = (direction: 1 | -1) => {
    const active = document.activeElement?.closest<HTMLElement>(".comment-card")?.dataset.commentId;
    const index = active ? order.indexOf(active) : -1;
    const next = order[index < 0 ? (direction === 1 ? 0 : order.length - 1) : (index + direction + order.length) % order.length];
    if (next) {
      showComment(next);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && event.code === "KeyM") {
        event.preventDefault();
        startComment();
      } else if (event.altKey && event.shiftKey && (event.code === "KeyN" || event.code === "KeyP")) {
        event.preventDefault();
        step(event.code === "KeyN" ? 1 : -1);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  return (
    <section className="comment-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {picker}
      {submission.canWrite ? (
        <button type="button" className="primary" title={t("comments.newShortcut")} aria-keyshortcuts="Control+Alt+M" onClick={() => startComment()}>
          {t("comments.new")}
        </button>
      ) : (
        <p className="notice">{t("comments.readOnly")}</p>
      )}
      <button type="button" aria-keyshortcuts="Alt+Shift+P" onClick={() => step(-1)} disabled={order.length === 0}>
        {t("comments.previous")}
      </button>
      <button type="button" aria-keyshortcuts="Alt+Shift+N" onClick={() => step(1)} disabled={order.length === 0}>
        {t("comments.next")}
      </button>
      <p className="comment-count" role="status">
        {comments.length === 0 ? t("comments.none") : t("comments.count", { shown: order.length, total: comments.length })}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={filter.coalition} onChange={(event) => setFilter({ ...filter, coalition: event.target.checked })} />
        <span>{t("coalition.show", { count: partnerCount })}</span>
      </label>
      <GoToParagraph paragraphs={commenting.paragraphs} />
      <details className="comment-filters-toggle">
        <summary>{t("comments.filters")}</summary>
        <CommentFilters filter={filter} onChange={setFilter} authors={commentAuthors(comments)} />
      </details>
    </section>
  );
}
