import type { PlacedComment } from "../../shared/api/comments";
import { endorse, withdrawEndorsement } from "../../shared/submission/endorsements";
import { useI18n } from "../i18n/useI18n";
import { kindAndStance } from "./kindAndStance";
import { Redline } from "./Redline";
import type { SubmissionHandle } from "./SubmissionHandle";

interface CoalitionCommentProps {
  placed: PlacedComment;
  /** Names of the consultation's organisations by id. */
  organisationNames: ReadonlyMap<string, string>;
  /** The organisation whose submission is open, which endorses. */
  ownOrganisationId: string;
  /** True when the open submission already endorses this comment. */
  endorsed: boolean;
  paragraphText: string;
  submission: SubmissionHandle;
  onEndorsementChange: () => void;
}

/** A comment another organisation shared with the coalition, which ours can back. */
export function CoalitionComment({ placed, organisationNames, ownOrganisationId, endorsed, paragraphText, submission, onEndorsementChange }: CoalitionCommentProps) {
  const { t } = useI18n();
  const { comment } = placed;
  const labels = kindAndStance(comment.kind, comment.stance, t);
  const author = organisationNames.get(placed.organisationId) ?? placed.organisationId;
  // The server's list lags a moment behind our own document: our own endorsement is read live.
  const backers = [...placed.endorsedBy.filter((id) => id !== ownOrganisationId), ...(endorsed ? [ownOrganisationId] : [])];
  const target = { organisationId: placed.organisationId, commentId: comment.id };
  const toggle = () => {
    if (endorsed) {
      withdrawEndorsement(submission.doc, target);
    } else {
      endorse(submission.doc, target, submission.author, new Date());
    }
    onEndorsementChange();
  };
  return (
    <article className="coalition-comment" data-comment-id={comment.id} aria-label={t("coalition.commentBy", { organisation: author })}>
      <p className="comment-chips">
        <strong dir="auto">{author}</strong>
        <span className="chip">{labels.kind}</span>
        {labels.stance && <span className="chip">{labels.stance}</span>}
        {comment.priority === "redLine" && <span className="chip red-line">{t("comments.redLine")}</span>}
      </p>
      {comment.quote && (
        <blockquote className="comment-quote-text" dir="auto">
          {comment.quote}
        </blockquote>
      )}
      <p className="coalition-body" dir="auto">
        {comment.bodyText}
      </p>
      {comment.kind === "amendment" && comment.proposedText && <Redline original={paragraphText} proposed={comment.proposedText} label={t("comments.redlineHeading")} />}
      <p className="comment-meta">
        {backers.length === 0
          ? t("coalition.noBackers")
          : t("coalition.backedBy", { count: backers.length, names: backers.map((id) => organisationNames.get(id) ?? id).join(", ") })}
      </p>
      {submission.canWrite && (
        <button type="button" aria-pressed={endorsed} onClick={toggle}>
          {endorsed ? t("coalition.withdraw") : t("coalition.endorse", { organisation: organisationNames.get(ownOrganisationId) ?? ownOrganisationId })}
        </button>
      )}
    </article>
  );
}
