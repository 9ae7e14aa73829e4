import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import type { NumberingScheme, Paragraph } from "../../shared/paragraphs";
import { editorParagraphs } from "./commentTarget";

/** The report's numbered paragraphs, re-read a moment after the text changes. */
export function useEditorParagraphs(editor: Editor | null, scheme: NumberingScheme): Paragraph[] {
  const [paragraphs, setParagraphs] = useState<Paragraph[]>([]);
  useEffect(() => {
    if (!editor) {
      setParagraphs([]);
      return;
    }
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => !editor.isDestroyed && setParagraphs(editorParagraphs(editor, scheme)));
    };
    read();
    editor.on("update", read);
    return () => {
      cancelAnimationFrame(frame);
      editor.off("update", read);
    };
  }, [editor, scheme]);
  return paragraphs;
}
