import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { NumberingScheme } from "../../shared/paragraphs";
import { locateQuote } from "../../shared/submission/anchors";
import type { QuotedSpan } from "../../shared/submission/comment";
import { blockText, reportBlocks, type ReportBlock } from "./reportBlocks";

/** What the report needs to know of the comments to mark them. */
export interface AnchorData {
  /** Comments per paragraph id. */
  counts: ReadonlyMap<string, number>;
  /** Quoted spans of attached comments. */
  quotes: readonly { commentId: string; paragraphId: string; quote: QuotedSpan }[];
}

export interface CommentAnchorsOptions {
  scheme: NumberingScheme;
  /** Reads the current comments; called whenever the text or the comments change. */
  getAnchors: () => AnchorData;
  /** A paragraph's margin button was pressed. */
  onParagraphButton: (paragraphId: string) => void;
  /** The margin button's accessible name. */
  buttonLabel: (count: number, number: string) => string;
}

export const commentAnchorsKey = new PluginKey<DecorationSet>("commentAnchors");

/** Where the relative positions saved with a quote point now, if they still frame the quote's words. */
function fromRelativePositions(state: EditorState, quote: QuotedSpan): { from: number; to: number } | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding } | undefined)?.binding;
  if (!binding || !quote.start || !quote.end) {
    return null;
  }
  try {
    const toAbsolute = (json: unknown) =>
      relativePositionToAbsolutePosition(binding.doc, binding.type, Y.createRelativePositionFromJSON(json), binding.mapping);
    const from = toAbsolute(quote.start);
    const to = toAbsolute(quote.end);
    return from !== null && to !== null && state.doc.textBetween(from, to) === quote.exact ? { from, to } : null;
  } catch {
    return null;
  }
}

function quoteDecorations(state: EditorState, blocks: ReportBlock[], anchors: AnchorData): Decoration[] {
  const decorations: Decoration[] = [];
  const texts = new Map<string, { id: string; text: string; positions: number[] }>();
  const units = () => {
    if (texts.size === 0) {
      for (const block of blocks) {
        if (block.id) {
          texts.set(block.id, { id: block.id, ...blockText(block) });
        }
      }
    }
    return [...texts.values()];
  };
  for (const { commentId, paragraphId, quote } of anchors.quotes) {
    let range = fromRelativePositions(state, quote);
    if (!range) {
      const report = units();
      const found = locateQuote(report, { paragraphId, quote });
      const positions = found ? texts.get(found.paragraphId)?.positions : undefined;
      const start = found && positions?.[found.from];
      const last = found && positions?.[found.to - 1];
      range = start !== undefined && last !== undefined && start !== null && last !== null ? { from: start, to: last + 1 } : null;
    }
    if (range) {
      decorations.push(Decoration.inline(range.from, range.to, { class: "comment-quote", "data-comment-id": commentId }));
    }
  }
  return decorations;
}

function buttonDecorations(blocks: ReportBlock[], anchors: AnchorData, options: CommentAnchorsOptions): Decoration[] {
  return blocks
    .filter((block): block is ReportBlock & { id: string; number: string } => block.number !== null && block.id !== null)
    .map((block) => {
      const count = anchors.counts.get(block.id) ?? 0;
      const paragraphId = block.id;
      return Decoration.widget(
        block.pos + 1,
        () => {
          const button = document.createElement("button");
          button.type = "button";
          button.className = "comment-badge";
          button.dataset.paragraphId = paragraphId;
          button.dataset.count = String(count);
          button.textContent = count > 0 ? String(count) : "+";
          button.setAttribute("aria-label", options.buttonLabel(count, block.number));
          button.contentEditable = "false";
          button.addEventListener("click", () => options.onParagraphButton(paragraphId));
          return button;
        },
        { side: -1, ignoreSelection: true, stopEvent: () => true, key: `badge:${paragraphId}:${count}:${block.number}` },
      );
    });
}

function decorate(state: EditorState, doc: ProseMirrorNode, options: CommentAnchorsOptions): DecorationSet {
  const anchors = options.getAnchors();
  const blocks = reportBlocks(doc, options.scheme);
  return DecorationSet.create(doc, [...buttonDecorations(blocks, anchors, options), ...quoteDecorations(state, blocks, anchors)]);
}

/**
 * Marks the report for commenting: a margin button on every numbered paragraph (its comment
 * count, or "+" to add one) and a highlight on each quoted span. Refresh after the comments
 * change with `tr.setMeta(commentAnchorsKey, true)`.
 */
export const CommentAnchors = Extension.create<CommentAnchorsOptions>({
  name: "commentAnchors",

  addOptions() {
    return {
      scheme: "continuous",
      getAnchors: () => ({ counts: new Map(), quotes: [] }),
      onParagraphButton: () => undefined,
      buttonLabel: (count) => String(count),
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DecorationSet>({
        key: commentAnchorsKey,
        state: {
          init: (_config, state) => decorate(state, state.doc, options),
          apply: (transaction, previous, _oldState, newState) =>
            transaction.docChanged || transaction.getMeta(commentAnchorsKey) ? decorate(newState, transaction.doc, options) : previous,
        },
        props: {
          decorations: (state) => commentAnchorsKey.getState(state),
        },
      }),
    ];
  },
});
