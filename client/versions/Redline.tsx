import type { WordPart } from "../../shared/diff/ReportDiff";
import { useI18n } from "../i18n/useI18n";

/**
 * Inserted text in `<ins>`, deleted text in `<del>`, each announced to screen readers by hidden
 * words at its start and end (most do not announce the elements themselves). The hidden words
 * carry the interface's `dir`, so a paragraph's `dir="auto"` follows the report's text, not them.
 * The styles add underline and strike-through, so colour is never the only sign.
 */
export function Marked({ change, text }: { change: WordPart["change"]; text: string }) {
  const { t, dir } = useI18n();
  if (change === "same") {
    return <>{text}</>;
  }
  const Element = change === "added" ? "ins" : "del";
  return (
    <Element>
      <span className="visually-hidden" dir={dir}>
        {t(change === "added" ? "diff.insertion" : "diff.deletion")}{" "}
      </span>
      {text}
      <span className="visually-hidden" dir={dir}>
        {" "}
        {t(change === "added" ? "diff.insertionEnd" : "diff.deletionEnd")}
      </span>
    </Element>
  );
}

/** A changed paragraph's word changes; `side` keeps only what one version had (side by side). */
export function Redline({ parts, side }: { parts: readonly WordPart[]; side?: "old" | "new" }) {
  const hidden = side === "old" ? "added" : side === "new" ? "removed" : null;
  return (
    <>
      {parts
        .filter((part) => part.change !== hidden)
        .map((part, index) => (
          <Marked key={index} change={part.change} text={part.text} />
        ))}
    </>
  );
}
