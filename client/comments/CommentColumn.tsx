import { useI18n } from "../i18n/useI18n";
import "./comments.css";
import type { VisibleComments } from "./commentGroups";
import { CommentComposer } from "./CommentComposer";
import { CommentRail, type Coalition } from "./CommentRail";
import { DetachedComments } from "./DetachedComments";
import type { SubmissionHandle } from "./SubmissionHandle";
import { restoreFocus, showComment, type Commenting } from "./useCommenting";

/** Brings a paragraph of the report into view. */
function showParagraph(paragraphId: string): void {
  document.querySelector(`.report-text > [data-id="${CSS.escape(paragraphId)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** The column beside the report: the aligned rail (with a new comment's form in place), or the uncommented paragraphs, then the detached comments. */
export function CommentColumn({ commenting, submission, visible, coalition }: { commenting: Commenting; submission: SubmissionHandle; visible: VisibleComments; coalition: Coalition }) {
  const { t } = useI18n();
  const { paragraphs, placement, draft, setDraft, startComment, focusCommentId, setFocusCommentId, filter, editor } = commenting;
  const composer = draft && (
    <CommentComposer
      key={`${draft.paragraphId}:${draft.quote?.exact ?? ""}`}
      paragraphs={paragraphs}
      initialParagraphId={draft.paragraphId}
      quote={draft.quote}
      submission={submission}
      onCreated={(id) => {
        setDraft(null);
        setFocusCommentId(id);
        // The new comment's body takes the focus itself, to be typed in at once.
        requestAnimationFrame(() => showComment(id, { focus: false }));
      }}
      onCancel={() => {
        setDraft(null);
        restoreFocus(draft);
      }}
    />
  );

  if (filter.uncommented) {
    const uncommented = paragraphs.filter((paragraph) => !placement.attached.has(paragraph.id));
    return (
      <section className="uncommented">
        {composer}
        <h3>{t("comments.uncommentedHeading", { count: uncommented.length })}</h3>
        <ul>
          {uncommented.map((paragraph) => (
            <li key={paragraph.id}>
              <button type="button" className="link-button" onClick={() => showParagraph(paragraph.id)}>
                {t("comments.onParagraph", { number: paragraph.number })}
              </button>
              {submission.canWrite && (
                <button type="button" className="icon-button" aria-label={t("comments.badgeAdd", { number: paragraph.number })} onClick={() => startComment(paragraph.id)}>
                  +
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <>
      <CommentRail
        groups={visible.groups}
        coalition={coalition}
        draft={draft ? { paragraphId: draft.paragraphId, composer } : null}
        paragraphs={paragraphs}
        submission={submission}
        reportText={editor?.view.dom ?? null}
        focusCommentId={focusCommentId}
        onAddComment={(paragraphId) => startComment(paragraphId)}
        onShowParagraph={showParagraph}
      />
      <DetachedComments comments={visible.detached} paragraphs={paragraphs} submission={submission} />
    </>
  );
}
