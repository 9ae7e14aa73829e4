import { useMemo } from "react";
import type * as Y from "yjs";
import { touchSubmissionText } from "../../shared/submission/submissionActivity";
import { submissionText } from "../../shared/submission/submissionDoc";
import { useI18n } from "../i18n/useI18n";
import { CommentLimitCount } from "../limits/CommentLimitCount";
import { SubmissionSizeCount, useFragmentText } from "../limits/SubmissionSizeCount";
import { CommentTextEditor } from "./CommentTextEditor";
import type { SubmissionHandle } from "./SubmissionHandle";

/** Under general remarks or the cover note: the characters that are not plain ASCII, when only ASCII is accepted. */
function AsciiNotice({ fragment, submission }: { fragment: Y.XmlFragment; submission: SubmissionHandle }) {
  const text = useFragmentText(fragment);
  return <CommentLimitCount body={text} proposedText="" limits={{ ...submission.limits, maxCommentCharacters: null }} />;
}

/**
 * The parts of a submission that answer no single paragraph (general remarks and the cover note),
 * with the whole submission's size against the page limit above them.
 */
export function SubmissionTexts({ submission }: { submission: SubmissionHandle }) {
  const { t } = useI18n();
  const general = useMemo(() => submissionText(submission.doc, "general"), [submission.doc]);
  const cover = useMemo(() => submissionText(submission.doc, "cover"), [submission.doc]);
  return (
    <>
      <SubmissionSizeCount doc={submission.doc} limits={submission.limits} />
      <details className="submission-texts">
        <summary>{t("submission.textsHeading")}</summary>
        <div className="submission-texts-body">
          <section>
            <h3>{t("submission.generalRemarks")}</h3>
            <p className="muted">{t("submission.generalRemarksHint")}</p>
            <CommentTextEditor
              fragment={general}
              awareness={submission.awareness}
              label={t("submission.generalRemarks")}
              editable={submission.canWrite}
              onLocalChange={() => touchSubmissionText(submission.doc, "general", new Date())}
            />
            <AsciiNotice fragment={general} submission={submission} />
          </section>
          <section>
            <h3>{t("submission.coverNote")}</h3>
            <p className="muted">{t("submission.coverNoteHint")}</p>
            <CommentTextEditor
              fragment={cover}
              awareness={submission.awareness}
              label={t("submission.coverNote")}
              editable={submission.canWrite}
              onLocalChange={() => touchSubmissionText(submission.doc, "cover", new Date())}
            />
            <AsciiNotice fragment={cover} submission={submission} />
          </section>
        </div>
      </details>
    </>
  );
}
