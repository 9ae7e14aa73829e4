import { AlignmentType, DeletedTextRun, Document, Header, HeadingLevel, InsertedTextRun, Packer, PageBreak, Paragraph, TextRun } from "docx";
import { wordParts } from "../../shared/diff/wordParts";
import { isRightToLeftLocale, type Locale } from "../../shared/i18n/locales";
import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";
import { exportLabels, labelled, type ExportLabels } from "./labels/exportLabels";
import type { PackageFormat } from "./packageFormats";
import { commentHeading, coverFields, draftText, sectionTitle } from "./packageLabels";
import { stableZip } from "./stableZip";
import { isRightToLeft } from "./textDirection";

type Run = TextRun | InsertedTextRun | DeletedTextRun;

/** Text runs with a line break before every line after the first. */
function lineRuns(text: string, make: (text: string, breakBefore: boolean) => Run): Run[] {
  return text.split("\n").map((line, index) => make(line, index > 0));
}

/**
 * A paragraph of data (a comment, a remark): right to left when most of its own letters are, so
 * an English comment reads left to right even in an Arabic file.
 */
function textParagraph(text: string, options: { italics?: boolean; bold?: boolean; style?: string } = {}): Paragraph {
  return new Paragraph({
    bidirectional: isRightToLeft(text),
    style: options.style,
    children: lineRuns(text, (line, breakBefore) => new TextRun({ text: line, italics: options.italics, bold: options.bold, break: breakBefore ? 1 : undefined })),
  });
}

/** How paragraphs led by the file's own words are laid out: right to left in Arabic, as Word's `w:bidi`. */
interface Words {
  labels: ExportLabels;
  rightToLeft: boolean;
}

/** `w:bidi` only where it is true, so files in left-to-right languages carry none on their labels. */
const rtlOnly = (words: Words) => words.rightToLeft || undefined;

/** A paragraph that starts with a label (a heading, a cover line): it runs in the file's language's direction. */
function labelParagraph(words: Words, text: string, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: options.heading, bidirectional: rtlOnly(words), children: [new TextRun({ text, bold: options.bold })] });
}

function label(words: Words, text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, bidirectional: rtlOnly(words), children: [new TextRun({ text, bold: true })] });
}

/** Numbers every tracked change of one document; Word wants them unique. */
class RevisionIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/**
 * The proposed text as Word tracked changes against the paragraph: removed words as deletions,
 * added words as insertions, word by word, by the organisation (never a person).
 */
function trackedChanges(comment: PackageComment, author: string, date: string, ids: RevisionIds): Paragraph {
  const runs = wordParts(comment.paragraphText, comment.proposedText).flatMap((part) => {
    if (part.change === "same") {
      return lineRuns(part.text, (line, breakBefore) => new TextRun({ text: line, break: breakBefore ? 1 : undefined }));
    }
    const Kind = part.change === "added" ? InsertedTextRun : DeletedTextRun;
    return lineRuns(part.text, (line, breakBefore) => new Kind({ text: line, id: ids.take(), author, date, break: breakBefore ? 1 : undefined }));
  });
  return new Paragraph({ bidirectional: isRightToLeft(comment.proposedText), children: runs });
}

function commentBlock(comment: PackageComment, pkg: SubmissionPackage, ids: RevisionIds, words: Words): Paragraph[] {
  const { labels } = words;
  const blocks = [labelParagraph(words, commentHeading(labels, comment), { heading: HeadingLevel.HEADING_3 }), label(words, labels.paragraphText), textParagraph(comment.paragraphText, { italics: true })];
  if (comment.quote) {
    blocks.push(label(words, labels.quotedText), textParagraph(labels.quote(comment.quote)));
  }
  blocks.push(
    label(words, labels.comment),
    ...(comment.comment ? comment.comment.split("\n").map((line) => textParagraph(line)) : [new Paragraph({ bidirectional: rtlOnly(words), children: [new TextRun({ text: labels.noCommentText, italics: true })] })]),
  );
  if (comment.kind === "amendment" && comment.proposedText.trim()) {
    blocks.push(label(words, labels.proposedChangeTracked), trackedChanges(comment, pkg.organisation.name, pkg.asOf, ids));
  }
  if (comment.discussion?.length) {
    blocks.push(label(words, labels.internalDiscussion), ...comment.discussion.map((reply) => textParagraph(`${reply.at}: ${reply.text}`)));
  }
  return blocks;
}

function cover(pkg: SubmissionPackage, words: Words): Paragraph[] {
  const { labels } = words;
  const blocks = [
    labelParagraph(words, labels.commentsOf(pkg.organisation.name), { heading: HeadingLevel.TITLE }),
    ...coverFields(labels, pkg).map(([name, value]) => labelParagraph(words, labelled(labels, name, value))),
  ];
  if (pkg.state === "draft") {
    blocks.push(
      new Paragraph({ alignment: AlignmentType.CENTER, bidirectional: rtlOnly(words), spacing: { before: 480 }, children: [new TextRun({ text: draftText(labels, pkg), bold: true, color: "C00000", size: 48 })] }),
    );
  }
  blocks.push(new Paragraph({ children: [new PageBreak()] }));
  if (pkg.coverNote.trim()) {
    blocks.push(labelParagraph(words, labels.coverNote, { heading: HeadingLevel.HEADING_1 }), ...pkg.coverNote.split("\n").map((line) => textParagraph(line)));
  }
  return blocks;
}

/** The package as a Word document, its labels in `locale`; in Arabic every labelled paragraph runs right to left. */
export async function renderDocx(pkg: SubmissionPackage, locale: Locale): Promise<Buffer> {
  const words: Words = { labels: exportLabels(locale), rightToLeft: isRightToLeftLocale(locale) };
  const { labels } = words;
  const ids = new RevisionIds();
  const heading1 = (text: string) => labelParagraph(words, text, { heading: HeadingLevel.HEADING_1 });
  const remarks = pkg.generalRemarks.trim()
    ? pkg.generalRemarks.split("\n").map((line) => textParagraph(line))
    : [new Paragraph({ bidirectional: rtlOnly(words), children: [new TextRun({ text: labels.none, italics: true })] })];
  const body: Paragraph[] = [...cover(pkg, words), heading1(labels.generalRemarks), ...remarks];
  for (const section of pkg.sections) {
    body.push(heading1(sectionTitle(labels, section.section)), ...section.comments.flatMap((comment) => commentBlock(comment, pkg, ids, words)));
  }
  if (pkg.detached.length > 0) {
    body.push(heading1(labels.appendixTitle), ...pkg.detached.flatMap((comment) => commentBlock(comment, pkg, ids, words)));
  }
  const banner =
    pkg.state === "draft"
      ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, bidirectional: rtlOnly(words), children: [new TextRun({ text: labels.draft, bold: true, color: "C00000" })] })] }) }
      : undefined;
  const document = new Document({
    creator: pkg.organisation.name,
    lastModifiedBy: pkg.organisation.name,
    title: labels.documentTitle(pkg.consultation.title, pkg.organisation.name),
    revision: 1,
    sections: [{ headers: banner, children: body }],
  });
  return stableZip(await Packer.toBuffer(document), new Date(pkg.asOf));
}

export const docxFormat: PackageFormat = {
  id: "docx",
  extension: "docx",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  render: renderDocx,
};
