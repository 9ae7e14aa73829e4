import type { SubmissionComment } from "../../shared/submission/comment";
import { updateComment } from "../../shared/submission/submissionDoc";
import { ChoiceSelect } from "../components/ChoiceSelect";
import { useI18n } from "../i18n/useI18n";
import type { SubmissionHandle } from "./SubmissionHandle";
import { kindAndStance } from "./kindAndStance";
import { useCommentChoices } from "./useCommentChoices";

/** A comment's kind, position and priority: changeable selects for writers, labels for readers. */
export function CommentSettings({ comment, submission }: { comment: SubmissionComment; submission: SubmissionHandle }) {
  const { t } = useI18n();
  const choices = useCommentChoices();
  if (!submission.canWrite) {
    const labels = kindAndStance(comment.kind, comment.stance, t);
    return (
      <p className="comment-chips">
        <span className="chip" data-kind={comment.kind}>
          {labels.kind}
        </span>
        {labels.stance && <span className="chip">{labels.stance}</span>}
        {comment.priority === "redLine" && <span className="chip red-line">{t("comments.redLine")}</span>}
      </p>
    );
  }
  const change = (settings: Parameters<typeof updateComment>[2]) => updateComment(submission.doc, comment.id, settings, submission.author, new Date());
  return (
    <div className="comment-settings">
      <ChoiceSelect label={t("comments.kind")} value={comment.kind} choices={choices.kinds} onChange={(kind) => change({ kind })} />
      <ChoiceSelect label={t("comments.stance")} value={comment.stance} choices={choices.stances} onChange={(stance) => change({ stance })} />
      <ChoiceSelect label={t("comments.priority")} value={comment.priority} choices={choices.priorities} onChange={(priority) => change({ priority })} />
    </div>
  );
}
