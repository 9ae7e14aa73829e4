import type { WordPart } from "../../shared/diff/ReportDiff";
import { LOCALE_DIRECTIONS } from "../../shared/i18n/locales";
import { exportLabels, labelled } from "../exports/labels/exportLabels";
import { diffBlocks, introLine, type DiffDocument } from "./diffBlocks";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text safe inside HTML elements and quoted attributes. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);

const STYLE = `body{font-family:Georgia,serif;max-inline-size:48rem;margin-inline:auto;padding:1rem;line-height:1.5}
ins{background:#e6f4ea;color:#0b5d1e;text-decoration:underline}del{background:#fce8e6;color:#a50e0e;text-decoration:line-through}
.number{font-weight:bold;margin-inline-end:.5em}.note{font-size:.85em;border:1px solid #888;border-radius:.25em;padding:0 .3em;margin-inline-end:.4em}`;

function runs(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      return part.change === "added" ? `<ins>${text}</ins>` : part.change === "removed" ? `<del>${text}</del>` : text;
    })
    .join("");
}

/**
 * A diff as one self-contained HTML page: no scripts, no outside resources, every text escaped.
 * The page's `lang` and `dir` are the labels' language; each text block keeps `dir="auto"`.
 */
export function diffHtml(document: DiffDocument): string {
  const labels = exportLabels(document.locale);
  const heading = labels.diff.changesFromTo(document.fromName, document.toName);
  const body = diffBlocks(document, labels).map((block) => {
    if (block.kind === "heading") {
      return `<h2 dir="auto">${runs(block.parts)}${block.notes.map((note) => ` <span class="note">${escapeHtml(note)}</span>`).join("")}</h2>`;
    }
    const notes = block.notes.map((note) => `<span class="note">${escapeHtml(note)}</span>`).join("");
    return `<p dir="auto"><span class="number">${escapeHtml(block.number)}.</span>${notes}${runs(block.parts)}</p>`;
  });
  return [
    "<!DOCTYPE html>",
    `<html lang="${document.locale}" dir="${LOCALE_DIRECTIONS[document.locale]}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(labelled(labels, document.title, heading))}</title><style>${STYLE}</style></head>`,
    `<body><main><h1 dir="auto">${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(introLine(document, labels))}</p>`,
    ...body,
    "</main></body></html>",
    "",
  ].join("\n");
}
