import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { EXPLICIT_NUMBER_ATTRIBUTE, numberBlocks, type BlockInfo, type NumberingScheme } from "../../shared/paragraphs";

export interface ParagraphNumbersOptions {
  scheme: NumberingScheme;
}

/** What numbering needs to know about one top-level block of the editor's document. */
export function blockInfo(node: ProseMirrorNode): BlockInfo {
  const explicit: unknown = node.attrs[EXPLICIT_NUMBER_ATTRIBUTE];
  const level: unknown = node.attrs.level;
  return {
    type: node.type.name,
    level: typeof level === "number" ? level : null,
    explicitNumber: typeof explicit === "string" ? explicit : null,
    empty: node.content.size === 0,
    text: node.type.name === "heading" ? node.textContent : undefined,
  };
}

/** Marks each numbered block with `data-paragraph-number`, numbered by the shared paragraph model. */
function numberDecorations(doc: ProseMirrorNode, scheme: NumberingScheme): DecorationSet {
  const blocks: { node: ProseMirrorNode; pos: number }[] = [];
  doc.forEach((node, pos) => blocks.push({ node, pos }));
  const numbers = numberBlocks(
    blocks.map(({ node }) => blockInfo(node)),
    scheme,
  );
  const decorations: Decoration[] = [];
  blocks.forEach(({ node, pos }, index) => {
    const number = numbers[index]?.number;
    if (number) {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { "data-paragraph-number": number }));
    }
  });
  return DecorationSet.create(doc, decorations);
}

const paragraphNumbersKey = new PluginKey<DecorationSet>("paragraphNumbers");

/** Paragraph numbers in the margin ("12" or "H.12"), recomputed whenever the text changes. */
export const ParagraphNumbers = Extension.create<ParagraphNumbersOptions>({
  name: "paragraphNumbers",

  addOptions() {
    return { scheme: "continuous" };
  },

  addProseMirrorPlugins() {
    const { scheme } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: paragraphNumbersKey,
        state: {
          init: (_config, state) => numberDecorations(state.doc, scheme),
          apply: (transaction, previous) => (transaction.docChanged ? numberDecorations(transaction.doc, scheme) : previous),
        },
        props: {
          decorations: (state) => paragraphNumbersKey.getState(state),
        },
      }),
    ];
  },
});
