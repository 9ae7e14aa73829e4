import { useMemo } from "react";
import { submissionText } from "../../shared/submission/submissionDoc";
import { useI18n } from "../i18n/useI18n";
import { CommentTextEditor } from "./CommentTextEditor";
import type { SubmissionHandle } from "./SubmissionHandle";

/** The parts of a submission that answer no single paragraph: general remarks and the cover note. */
export function SubmissionTexts({ submission }: { submission: SubmissionHandle }) {
  const { t } = useI18n();
  const general = useMemo(() => submissionText(submission.doc, "general"), [submission.doc]);
  const cover = useMemo(() => submissionText(submission.doc, "cover"), [submission.doc]);
  return (
    <details className="submission-texts">
      <summary>{t("submission.textsHeading")}</summary>
      <div className="submission-texts-body">
        <section>
          <h3>{t("submission.generalRemarks")}</h3>
          <p className="muted">{t("submission.generalRemarksHint")}</p>
          <CommentTextEditor fragment={general} awareness={submission.awareness} label={t("submission.generalRemarks")} editable={submission.canWrite} />
        </section>
        <section>
          <h3>{t("submission.coverNote")}</h3>
          <p className="muted">{t("submission.coverNoteHint")}</p>
          <CommentTextEditor fragment={cover} awareness={submission.awareness} label={t("submission.coverNote")} editable={submission.canWrite} />
        </section>
      </div>
    </details>
  );
}
