import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { Paragraph } from "../../shared/paragraphs";
import { defaultStance, type CommentKind, type Priority, type QuotedSpan, type Stance } from "../../shared/submission/comment";
import { createComment } from "../../shared/submission/submissionDoc";
import { ChoiceSelect } from "../components/ChoiceSelect";
import { useI18n } from "../i18n/useI18n";
import type { SubmissionHandle } from "./SubmissionHandle";
import { useCommentChoices } from "./useCommentChoices";

const EXCERPT_LENGTH = 60;

interface CommentComposerProps {
  paragraphs: readonly Paragraph[];
  /** The paragraph (and words) the person chose in the report. */
  initialParagraphId: string;
  quote: QuotedSpan | null;
  submission: SubmissionHandle;
  onCreated: (commentId: string) => void;
  onCancel: () => void;
}

/** Starts a comment: which paragraph, what kind, which position; the body is written in the comment itself. */
export function CommentComposer({ paragraphs, initialParagraphId, quote, submission, onCreated, onCancel }: CommentComposerProps) {
  const { t } = useI18n();
  const choices = useCommentChoices();
  const [paragraphId, setParagraphId] = useState(initialParagraphId);
  // Nothing presumed: a general comment, and the position left for the writer to choose.
  const [kind, setKind] = useState<CommentKind>("general");
  const [stance, setStance] = useState<Stance | "">("");
  const [priority, setPriority] = useState<Priority>("normal");
  const headingId = useId();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const keepQuote = paragraphId === initialParagraphId ? quote : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const paragraph = paragraphs.find((candidate) => candidate.id === paragraphId);
    if (!paragraph || stance === "") {
      return;
    }
    const id = createComment(
      submission.doc,
      {
        paragraphId,
        paragraphNumber: paragraph.number,
        paragraphText: paragraph.text,
        quote: keepQuote,
        kind,
        stance,
        priority,
        proposedText: kind === "amendment" ? paragraph.text : "",
      },
      submission.author,
      new Date(),
    );
    onCreated(id);
  };

  return (
    <form className="comment-composer" aria-labelledby={headingId} onSubmit={submit} onKeyDown={(event) => event.key === "Escape" && onCancel()}>
      <h3 id={headingId}>{t("comments.composerHeading")}</h3>
      <label>
        <span>{t("comments.paragraph")}</span>
        <select ref={first} value={paragraphId} onChange={(event) => setParagraphId(event.target.value)}>
          {paragraphs.map((paragraph) => (
            <option key={paragraph.id} value={paragraph.id}>
              {t("comments.paragraphOption", { number: paragraph.number, excerpt: paragraph.text.slice(0, EXCERPT_LENGTH) })}
            </option>
          ))}
        </select>
      </label>
      {keepQuote && (
        <blockquote className="comment-quote-text" dir="auto" aria-label={t("comments.quoteLabel")}>
          {keepQuote.exact}
        </blockquote>
      )}
      <div className="comment-settings">
        <ChoiceSelect
          label={t("comments.kind")}
          value={kind}
          choices={choices.kinds}
          onChange={(next) => {
            setKind(next);
            setStance((current) => defaultStance(next) ?? current);
          }}
        />
        <ChoiceSelect label={t("comments.stance")} value={stance} choices={choices.stances} onChange={setStance} any={{ value: "", label: t("comments.choosePosition") }} required />
        <ChoiceSelect label={t("comments.priority")} value={priority} choices={choices.priorities} onChange={setPriority} />
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t("comments.create")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("comments.cancel")}
        </button>
      </div>
    </form>
  );
}
