import { useMemo, useRef, type ReactNode } from "react";
import type { Paragraph } from "../../shared/paragraphs";
import { useI18n } from "../i18n/useI18n";
import { CoalitionComment } from "./CoalitionComment";
import { CommentCard } from "./CommentCard";
import type { CommentGroup } from "./commentGroups";
import type { SubmissionHandle } from "./SubmissionHandle";
import { useRailLayout } from "./useRailLayout";

interface CommentRailProps {
  /** Paragraphs with their shown comments, in report order. */
  groups: readonly CommentGroup[];
  coalition: Coalition;
  /** A comment being started, shown level with its paragraph. */
  draft: { paragraphId: string; composer: ReactNode } | null;
  paragraphs: readonly Paragraph[];
  submission: SubmissionHandle;
  reportText: HTMLElement | null;
  focusCommentId: string | null;
  onAddComment: (paragraphId: string) => void;
  onShowParagraph: (paragraphId: string) => void;
}

/** What the rail needs to show partners' shared comments and endorse them. */
export interface Coalition {
  organisationNames: ReadonlyMap<string, string>;
  ownOrganisationId: string;
  /** `organisation/comment` keys our organisation endorses. */
  endorsed: ReadonlySet<string>;
  /** For our own shared comments: the organisations backing each, by comment id. */
  backersOf: ReadonlyMap<string, readonly string[]>;
  onEndorsementChange: () => void;
}

/** The comments beside the report, each group level with the paragraph it answers. */
export function CommentRail({ groups, coalition, draft, paragraphs, submission, reportText, focusCommentId, onAddComment, onShowParagraph }: CommentRailProps) {
  const { t } = useI18n();
  const rail = useRef<HTMLOListElement>(null);
  const shown = useMemo(() => {
    const draftParagraph = draft && !groups.some((group) => group.paragraph.id === draft.paragraphId) ? paragraphs.find((paragraph) => paragraph.id === draft.paragraphId) : undefined;
    if (!draftParagraph) {
      return groups;
    }
    const order = new Map(paragraphs.map((paragraph, index) => [paragraph.id, index]));
    return [...groups, { paragraph: draftParagraph, comments: [], partners: [] }].sort((a, b) => (order.get(a.paragraph.id) ?? 0) - (order.get(b.paragraph.id) ?? 0));
  }, [groups, draft, paragraphs]);
  useRailLayout(rail, reportText, shown);
  return (
    <ol className="comment-rail" ref={rail}>
      {shown.map(({ paragraph, comments, partners }) => (
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
            <CommentCard
              key={comment.id}
              comment={comment}
              paragraph={paragraph}
              submission={submission}
              autoFocus={comment.id === focusCommentId}
              backers={(coalition.backersOf.get(comment.id) ?? []).map((id) => coalition.organisationNames.get(id) ?? id)}
            />
          ))}
          {partners.length > 0 && (
            <section className="coalition-comments" aria-label={t("coalition.heading")}>
              <h3>{t("coalition.heading")}</h3>
              {partners.map((placed) => (
                <CoalitionComment
                  key={`${placed.organisationId}/${placed.comment.id}`}
                  placed={placed}
                  organisationNames={coalition.organisationNames}
                  ownOrganisationId={coalition.ownOrganisationId}
                  endorsed={coalition.endorsed.has(`${placed.organisationId}/${placed.comment.id}`)}
                  paragraphText={paragraph.text}
                  submission={submission}
                  onEndorsementChange={coalition.onEndorsementChange}
                />
              ))}
            </section>
          )}
        </li>
      ))}
    </ol>
  );
}
