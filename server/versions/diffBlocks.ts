import type { Heading, ParagraphChange, ReportDiff, WordPart } from "../../shared/diff/ReportDiff";
import type { Locale } from "../../shared/i18n/locales";
import type { ExportLabels } from "../exports/labels/exportLabels";

/** What a diff file shows: the report's name and the two versions compared, and the language of its own words. */
export interface DiffDocument {
  title: string;
  fromName: string;
  toName: string;
  diff: ReportDiff;
  /** The newer version's headings, placed between paragraphs. */
  headings: readonly Heading[];
  /** The language of the legend, notes and counts; the report's text stays as written. */
  locale: Locale;
}

/** One block of a diff file, in reading order: a heading or a paragraph, with its changes. */
export interface DiffBlock {
  kind: "heading" | "paragraph";
  /** "12", or "12 (was 11)"; empty for headings. */
  number: string;
  /** What happened besides word changes: "Moved from after paragraph 4", "Added", … */
  notes: string[];
  /** The text as runs kept, inserted and deleted. */
  parts: WordPart[];
}

function paragraphNotes(change: ParagraphChange, numberOf: (id: string) => string, labels: ExportLabels["diff"]): string[] {
  const notes: string[] = [];
  if (change.status === "added" && !change.splitFrom) {
    notes.push(labels.added);
  }
  if (change.status === "removed" && !change.mergedInto) {
    notes.push(labels.removed);
  }
  if (change.movedFrom) {
    notes.push(change.movedFrom.afterNumber ? labels.movedAfter(change.movedFrom.afterNumber) : labels.movedFromStart);
  }
  if (change.splitFrom) {
    notes.push(labels.splitFrom(numberOf(change.splitFrom)));
  }
  if (change.mergedInto) {
    notes.push(labels.mergedInto(numberOf(change.mergedInto)));
  }
  return notes;
}

function paragraphParts(change: ParagraphChange): WordPart[] {
  if (change.words) {
    return change.words;
  }
  const text = (change.new ?? change.old)?.text ?? "";
  return [{ text, change: change.status === "added" ? "added" : change.status === "removed" ? "removed" : "same" }];
}

function headingBlock(heading: Heading, diff: ReportDiff): DiffBlock {
  const change = diff.headings.find((candidate) => candidate.id === heading.id);
  if (change?.status === "added") {
    return { kind: "heading", number: "", notes: [], parts: [{ text: heading.text, change: "added" }] };
  }
  if (change?.status === "changed" && change.old) {
    return { kind: "heading", number: "", notes: [], parts: [{ text: change.old.text, change: "removed" }, { text: heading.text, change: "added" }] };
  }
  return { kind: "heading", number: "", notes: [], parts: [{ text: heading.text, change: "same" }] };
}

/** The whole newer text in reading order, removed paragraphs where they were (before the next heading), every change marked. */
export function diffBlocks({ diff, headings }: DiffDocument, labels: ExportLabels): DiffBlock[] {
  const numbers = new Map(diff.paragraphs.map((change) => [change.id, change.new?.number ?? change.old?.number ?? "?"]));
  const numberOf = (id: string) => numbers.get(id) ?? "?";
  const blocks: DiffBlock[] = [];
  let placed = 0;
  const headingsUpTo = (count: number) => {
    for (const heading of headings.filter((candidate) => candidate.before === count)) {
      blocks.push(headingBlock(heading, diff));
    }
  };
  for (const change of diff.paragraphs) {
    if (change.new) {
      headingsUpTo(placed);
      placed += 1;
    }
    const renumbered = change.old && change.new && change.old.number !== change.new.number;
    const number = renumbered ? labels.diff.renumbered(numberOf(change.id), change.old?.number ?? "") : numberOf(change.id);
    blocks.push({ kind: "paragraph", number, notes: paragraphNotes(change, numberOf, labels.diff), parts: paragraphParts(change) });
  }
  headingsUpTo(placed);
  for (const change of diff.headings.filter((candidate) => candidate.status === "removed")) {
    blocks.push({ kind: "heading", number: "", notes: [labels.diff.headingRemoved], parts: [{ text: change.old?.text ?? "", change: "removed" }] });
  }
  return blocks;
}

/** The line every format opens with: the two sides compared and the counts. */
export function introLine(document: DiffDocument, labels: ExportLabels): string {
  return labels.diff.intro(document.fromName, document.toName, document.diff.summary);
}
