import { useId, useState, type FormEvent } from "react";
import type { Paragraph } from "../../shared/paragraphs";
import { useI18n } from "../i18n/useI18n";

/**
 * "Go to paragraph N": brings paragraph N into view and gives the keyboard to its margin button
 * (+, or its comment count), so a keyboard user reaches paragraph 23 without tabbing past the 22
 * before it. A number the report lacks is said so, and the focus stays in the field.
 */
export function GoToParagraph({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  const { t } = useI18n();
  const inputId = useId();
  const [number, setNumber] = useState("");
  const [missing, setMissing] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = number.trim();
    const paragraph = paragraphs.find((candidate) => candidate.number === wanted);
    const block = paragraph && document.querySelector<HTMLElement>(`.report-text > [data-id="${CSS.escape(paragraph.id)}"]`);
    if (!paragraph || !block) {
      setMissing(wanted);
      return;
    }
    setMissing(null);
    block.scrollIntoView({ block: "center" });
    block.querySelector<HTMLElement>(".comment-badge")?.focus({ preventScroll: true });
  };

  return (
    <form className="go-to-paragraph" onSubmit={submit}>
      <label htmlFor={inputId}>{t("comments.goToLabel")}</label>
      <input id={inputId} type="text" inputMode="numeric" size={4} value={number} onChange={(event) => setNumber(event.target.value)} autoComplete="off" />
      <button type="submit">{t("comments.goTo")}</button>
      <span role="status" className="go-to-missing">
        {missing !== null && t("comments.goToMissing", { number: missing })}
      </span>
    </form>
  );
}
