import type { Editor } from "@tiptap/core";
import { absolutePositionToRelativePosition, ySyncPluginKey, type ProsemirrorBinding } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { paragraphs, type NumberingScheme, type Paragraph } from "../../shared/paragraphs";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { quoteOf } from "../../shared/submission/anchors";
import type { QuotedSpan } from "../../shared/submission/comment";
import { blockAt, blockText, reportBlocks } from "./reportBlocks";

/** What a new comment answers: a paragraph, and the words selected in it if any. */
export interface CommentTarget {
  paragraph: Paragraph;
  quote: QuotedSpan | null;
}

/** The report's paragraphs as the shared model reads them from the editor. */
export function editorParagraphs(editor: Editor, scheme: NumberingScheme): Paragraph[] {
  return paragraphs(editor.getJSON() as ProseMirrorJson, scheme);
}

function relativeJson(editor: Editor, pos: number): unknown {
  const binding = (ySyncPluginKey.getState(editor.state) as { binding?: ProsemirrorBinding } | undefined)?.binding;
  if (!binding) {
    return null;
  }
  const relative = absolutePositionToRelativePosition(pos, binding.type, binding.mapping) as Y.RelativePosition;
  return Y.relativePositionToJSON(relative);
}

/**
 * The paragraph and words under the report's selection: a selection inside one block becomes a
 * quote with its context and Yjs relative positions; a caret gives just the paragraph.
 */
export function commentTarget(editor: Editor, scheme: NumberingScheme): CommentTarget | null {
  const { from, to, empty } = editor.state.selection;
  const blocks = reportBlocks(editor.state.doc, scheme);
  const block = blockAt(blocks, from);
  const paragraph = block?.paragraphId ? editorParagraphs(editor, scheme).find((candidate) => candidate.id === block.paragraphId) : undefined;
  if (!block || !paragraph) {
    return null;
  }
  if (empty || to > block.pos + block.node.nodeSize) {
    return { paragraph, quote: null };
  }
  const { text, positions } = blockText(block);
  const start = positions.findIndex((pos) => pos >= from);
  const end = positions.findIndex((pos) => pos >= to);
  const stop = end < 0 ? positions.length : end;
  if (start < 0 || stop <= start || !text.slice(start, stop).trim()) {
    return { paragraph, quote: null };
  }
  return {
    paragraph,
    quote: { ...quoteOf(text, start, stop), start: relativeJson(editor, from), end: relativeJson(editor, to) },
  };
}
