import type { DiffSummary } from "../../../shared/diff/ReportDiff";
import type { CommentKind, Priority, Stance } from "../../../shared/submission/comment";
import type { SubmissionPackage } from "../../../shared/submission/submissionPackage";

/** The counts a diff file opens with. */
export type DiffCounts = Omit<DiffSummary, "unchanged">;

/**
 * Every word a rendered file adds around the data, in one language. Data (comment texts, names,
 * titles, ISO dates) is never translated; functions take the values a label wraps.
 */
export interface ExportLabels {
  /** What follows a label before its value, spacing included: ": " (French puts a space before it, Chinese a full-width colon). */
  colon: string;
  /** A text in the language's quotation marks. */
  quote: (text: string) => string;
  /** "Paragraph 12". */
  paragraph: (number: string) => string;
  /** "Section H". */
  section: (letter: string) => string;
  /** The heading of comments before the report's first section heading. */
  beforeFirstSection: string;
  /** The appendix title for comments on paragraphs removed from the report. */
  appendixTitle: string;
  kinds: Record<CommentKind, string>;
  stances: Record<Stance, string>;
  priorities: Record<Priority, string>;
  /** A comment's type as headings and the comment matrix state it: "Amendment (Amend, red line)". */
  commentType: (kind: string, stance: string, redLine: boolean) => string;
  /** The cover page's title: "Comments of Open Networks Alliance". */
  commentsOf: (organisation: string) => string;
  /** The file's title in its properties: "<consultation>: comments of <organisation>". */
  documentTitle: (consultation: string, organisation: string) => string;
  cover: { consultation: string; organisation: string; date: string; deadline: string };
  /** The word on every page of a draft. */
  draft: string;
  /** What a package is: a draft not yet submitted, or the submitted text. */
  states: Record<SubmissionPackage["state"], string>;
  /** A package's state in one word, as the CSV's first column gives it. */
  stateWords: Record<SubmissionPackage["state"], string>;
  /** A draft's banner when a submission stands: "DRAFT: changed since it was submitted on 2027-04-02 10:00 UTC". */
  changedSinceSubmitted: (date: string) => string;
  coverNote: string;
  generalRemarks: string;
  /** Shown where general remarks are empty. */
  none: string;
  /** Shown where a comment has no text. */
  noCommentText: string;
  paragraphText: string;
  quotedText: string;
  /** Before a quote in Markdown and PDF: "Quoted". */
  quoted: string;
  comment: string;
  proposedText: string;
  /** The Word file's heading over the amendment as tracked changes. */
  proposedChangeTracked: string;
  /** The Markdown redline's lead-in. */
  changes: string;
  /** The PDF redline's lead-in, saying how changes are marked. */
  changesLegend: string;
  internalDiscussion: string;
  /** The tabular formats' (CSV, XLSX) column headers. */
  columns: {
    state: string;
    organisation: string;
    section: string;
    paragraph: string;
    paragraphText: string;
    quote: string;
    kind: string;
    stance: string;
    priority: string;
    comment: string;
    proposedText: string;
    removed: string;
    discussion: string;
  };
  yes: string;
  no: string;
  /** The workbook's sheets and the "About" sheet's columns. */
  sheets: { comments: string; about: string; field: string; value: string };
  /** The compiled comment matrix (ISO/IEC layout). */
  matrix: {
    columns: {
      organisation: string;
      paragraph: string;
      section: string;
      paragraphText: string;
      type: string;
      comment: string;
      proposedChange: string;
      observations: string;
    };
    title: (consultation: string, draft: boolean) => string;
    sheet: string;
    /** The section cell of a comment whose paragraph was removed. */
    removed: string;
    /** A comment on quoted words: "On “the words”: the comment". */
    onQuote: (quote: string, comment: string) => string;
    /** Whose file it is, in its properties. */
    author: string;
  };
  /** Version diff files. */
  diff: {
    added: string;
    removed: string;
    movedAfter: (number: string) => string;
    movedFromStart: string;
    splitFrom: (number: string) => string;
    mergedInto: (number: string) => string;
    /** A paragraph's number when it changed: "12 (was 11)". */
    renumbered: (number: string, old: string) => string;
    headingRemoved: string;
    /** "Changes from “Zero draft” to “Current text”". */
    changesFromTo: (from: string, to: string) => string;
    summary: (counts: DiffCounts) => string;
    /** The line a diff file opens with: where from and to, then the counts, as sentences. */
    intro: (from: string, to: string, counts: DiffCounts) => string;
    /** The name of the live document's side of a diff. */
    currentText: string;
    /** The names of versions Parley saved itself (their stored names are English). */
    autoVersion: string;
    beforeRestore: string;
  };
}

export const en: ExportLabels = {
  colon: ": ",
  quote: (text) => `“${text}”`,
  paragraph: (number) => `Paragraph ${number}`,
  section: (letter) => `Section ${letter}`,
  beforeFirstSection: "Before the first section",
  appendixTitle: "Appendix: comments on paragraphs removed from the report",
  kinds: { general: "General", support: "Support", concern: "Concern", amendment: "Amendment", question: "Question", editorial: "Editorial" },
  stances: { support: "Support", oppose: "Oppose", amend: "Amend", delete: "Delete", question: "Question" },
  priorities: { normal: "Normal", redLine: "Red line" },
  commentType: (kind, stance, redLine) => `${kind} (${stance}${redLine ? ", red line" : ""})`,
  commentsOf: (organisation) => `Comments of ${organisation}`,
  documentTitle: (consultation, organisation) => `${consultation}: comments of ${organisation}`,
  cover: { consultation: "Consultation", organisation: "Organisation", date: "Date", deadline: "Deadline" },
  draft: "DRAFT",
  stateWords: { draft: "draft", submitted: "submitted" },
  states: { draft: "DRAFT: not submitted", submitted: "Submitted" },
  changedSinceSubmitted: (date) => `DRAFT: changed since it was submitted on ${date}`,
  coverNote: "Cover note",
  generalRemarks: "General remarks",
  none: "(none)",
  noCommentText: "(no comment text)",
  paragraphText: "Paragraph text",
  quotedText: "Quoted text",
  quoted: "Quoted",
  comment: "Comment",
  proposedText: "Proposed text",
  proposedChangeTracked: "Proposed change (tracked changes)",
  changes: "Changes",
  changesLegend: "Changes (removed words struck through, added words underlined)",
  internalDiscussion: "Internal discussion",
  columns: {
    state: "State",
    organisation: "Organisation",
    section: "Section",
    paragraph: "Paragraph",
    paragraphText: "Paragraph text",
    quote: "Quoted text",
    kind: "Type of comment",
    stance: "Stance",
    priority: "Priority",
    comment: "Comment",
    proposedText: "Proposed change",
    removed: "Paragraph removed",
    discussion: "Discussion",
  },
  yes: "yes",
  no: "no",
  sheets: { comments: "Comments", about: "About", field: "Field", value: "Value" },
  matrix: {
    columns: {
      organisation: "Organisation",
      paragraph: "Paragraph number",
      section: "Clause / section",
      paragraphText: "Paragraph text",
      type: "Type of comment",
      comment: "Comment",
      proposedChange: "Proposed change",
      observations: "Observations of the secretariat",
    },
    title: (consultation, draft) => `Comment matrix: ${consultation}${draft ? " (DRAFT)" : ""}`,
    sheet: "Comment matrix",
    removed: "removed",
    onQuote: (quote, comment) => `On “${quote}”: ${comment}`,
    author: "Coalition",
  },
  diff: {
    added: "Added",
    removed: "Removed",
    movedAfter: (number) => `Moved from after paragraph ${number}`,
    movedFromStart: "Moved from the start",
    splitFrom: (number) => `Split from paragraph ${number}`,
    mergedInto: (number) => `Merged into paragraph ${number}`,
    renumbered: (number, old) => `${number} (was ${old})`,
    headingRemoved: "Heading removed",
    changesFromTo: (from, to) => `Changes from “${from}” to “${to}”`,
    summary: (counts) =>
      `${counts.changed} changed, ${counts.added} added, ${counts.removed} removed, ${counts.moved} moved, ${counts.split} split, ${counts.merged} merged, ${counts.headings} headings changed`,
    intro: (from, to, counts) => `${en.diff.changesFromTo(from, to)}. ${en.diff.summary(counts)}.`,
    currentText: "Current text",
    autoVersion: "Automatic version",
    beforeRestore: "Before restore",
  },
};
