import { diffWordsWithSpace } from "diff";
import { useMemo } from "react";

/** A proposed text shown as changes to the original: deletions struck through, insertions underlined. */
export function Redline({ original, proposed, label }: { original: string; proposed: string; label: string }) {
  const parts = useMemo(() => diffWordsWithSpace(original, proposed), [original, proposed]);
  return (
    <p className="redline" dir="auto" aria-label={label}>
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
