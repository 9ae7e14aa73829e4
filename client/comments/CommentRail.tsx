import { useMemo, useRef, type ReactNode } from "react";
import type { Paragraph } from "../../shared/paragraphs";
import type { SubmissionComment } from "../../shared/submission/comment";
import { useI18n } from "../i18n/useI18n";
import { CommentCard } from "./CommentCard";
import type { SubmissionHandle } from "./SubmissionHandle";
import { useRailLayout } from "./useRailLayout";

interface CommentRailProps {
  /** Paragraphs with their shown comments, in report order. */
  groups: readonly { paragraph: Paragraph; comments: SubmissionComment[] }[];
  /** A comment being started, shown level with its paragraph. */
  draft: { paragraphId: string; composer: ReactNode } | null;
  paragraphs: readonly Paragraph[];
  submission: SubmissionHandle;
  reportText: HTMLElement | null;
  focusCommentId: string | null;
  onAddComment: (paragraphId: string) => void;
  onShowParagraph: (paragraphId: string) => void;
}

/** The comments beside the report, each group level with the paragraph it answers. */
export function CommentRail({ groups, draft, paragraphs, submission, reportText, focusCommentId, onAddComment, onShowParagraph }: CommentRailProps) {
  const { t } = useI18n();
  const rail = useRef<HTMLOListElement>(null);
  const shown = useMemo(() => {
    const draftParagraph = draft && !groups.some((group) => group.paragraph.id === draft.paragraphId) ? paragraphs.find((paragraph) => paragraph.id === draft.paragraphId) : undefined;
    if (!draftParagraph) {
      return groups;
    }
    const order = new Map(paragraphs.map((paragraph, index) => [paragraph.id, index]));
    return [...groups, { paragraph: draftParagraph, comments: [] }].sort((a, b) => (order.get(a.paragraph.id) ?? 0) - (order.get(b.paragraph.id) ?? 0));
  }, [groups, draft, paragraphs]);
  useRailLayout(rail, reportText, shown);
  return (
    <ol className="comment-rail" ref={rail}>
      {shown.map(({ paragraph, comments }) => (
        <li key={paragraph.id} className="comment-group" data-paragraph-id={paragraph.id}>
          <div className="comment-group-header">
            <button type="button" className="link-button" onClick={() => onShowParagraph(paragraph.id)}>
              {t("comments.onParagraph", { number: paragraph.number })}
            </button>
            {submission.canWrite && comments.length > 0 && (
              <button type="button" className="icon-button" aria-label={t("comments.addAnother", { number: paragraph.number })} onClick={() => onAddComment(paragraph.id)}>
                +
              </button>
            )}
          </div>
          {draft?.paragraphId === paragraph.id && draft.composer}
          {comments.map((comment) => (
            <CommentCard key={comment.id} comment={comment} paragraph={paragraph} submission={submission} autoFocus={comment.id === focusCommentId} />
          ))}
        </li>
      ))}
    </ol>
  );
}
