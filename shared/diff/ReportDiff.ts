import { z } from "zod";
import { Paragraph } from "../paragraphs";

/** A heading of a report: a section heading (level 2), the title (1) or a subheading (3, 4). */
export const Heading = z.object({
  /** Stable id. */
  id: z.string(),
  /** Heading level. */
  level: z.number().int(),
  /** The heading's text, e.g. "H. Conclusions and recommendations". */
  text: z.string(),
  /** How many numbered paragraphs come before it: it sits just before `paragraphs[before]`. */
  before: z.number().int(),
});
export type Heading = z.infer<typeof Heading>;

/** What a diff compares: a report's headings and numbered paragraphs, both in document order. */
export const ReportContent = z.object({
  /** Headings, in order. */
  headings: z.array(Heading),
  /** Numbered paragraphs, in order. */
  paragraphs: z.array(Paragraph),
});
export type ReportContent = z.infer<typeof ReportContent>;

/** A run of words in a changed paragraph: kept, added or removed. */
export const WordPart = z.object({
  /** The words, with their spacing. */
  text: z.string(),
  /** Whether the run is in both texts, only the new one or only the old one. */
  change: z.enum(["same", "added", "removed"]),
});
export type WordPart = z.infer<typeof WordPart>;

/** What happened to one paragraph between two versions. */
export const ParagraphStatus = z.enum(["unchanged", "changed", "added", "removed"]);
export type ParagraphStatus = z.infer<typeof ParagraphStatus>;

/** One paragraph of a diff; entries follow the new order, removed ones where they used to be. */
export const ParagraphChange = z.object({
  /** The paragraph's stable id. */
  id: z.string(),
  /** Unchanged, changed (text), added or removed. */
  status: ParagraphStatus,
  /** The paragraph in the old version; null when added. */
  old: Paragraph.nullable(),
  /** The paragraph in the new version; null when removed. */
  new: Paragraph.nullable(),
  /** Id of the paragraph it follows in the new version (null when first); null when removed. */
  after: z.string().nullable(),
  /** Set when the paragraph moved: the paragraph it followed in the old version (null: it was first). */
  movedFrom: z.object({ afterId: z.string().nullable(), afterNumber: z.string().nullable() }).nullable(),
  /** For an added paragraph: the old paragraph it was split from. */
  splitFrom: z.string().nullable(),
  /** For a removed paragraph: the surviving paragraph its text went into. */
  mergedInto: z.string().nullable(),
  /** Word-level changes of a changed paragraph; null otherwise. */
  words: z.array(WordPart).nullable(),
});
export type ParagraphChange = z.infer<typeof ParagraphChange>;

/** What happened to one heading (section titles and subheadings). */
export const HeadingChange = z.object({
  /** The heading's stable id. */
  id: z.string(),
  /** Added, removed or changed (text or level); unchanged headings are left out. */
  status: z.enum(["added", "removed", "changed"]),
  /** The heading in the old version; null when added. */
  old: Heading.nullable(),
  /** The heading in the new version; null when removed. */
  new: Heading.nullable(),
});
export type HeadingChange = z.infer<typeof HeadingChange>;

/** Counts of a diff. Split paragraphs are not counted as added, merged ones not as removed. */
export const DiffSummary = z.object({
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
  moved: z.number().int(),
  split: z.number().int(),
  merged: z.number().int(),
  unchanged: z.number().int(),
  /** Headings added, removed or changed. */
  headings: z.number().int(),
});
export type DiffSummary = z.infer<typeof DiffSummary>;

/** The difference between two versions of a report. */
export const ReportDiff = z.object({
  /** Every paragraph of either version, once. */
  paragraphs: z.array(ParagraphChange),
  /** Headings that differ. */
  headings: z.array(HeadingChange),
  /** Counts. */
  summary: DiffSummary,
});
export type ReportDiff = z.infer<typeof ReportDiff>;
