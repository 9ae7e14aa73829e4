import { AlignmentType, DeletedTextRun, Document, Header, HeadingLevel, InsertedTextRun, Packer, PageBreak, Paragraph, TextRun } from "docx";
import { wordParts } from "../../shared/diff/wordParts";
import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { PackageFormat } from "./packageFormats";
import { asOfText, deadlineText, DETACHED_TITLE, KIND_LABELS, paragraphLabel, PRIORITY_LABELS, sectionTitle, STANCE_LABELS } from "./packageLabels";
import { stableZip } from "./stableZip";
import { isRightToLeft } from "./textDirection";

type Run = TextRun | InsertedTextRun | DeletedTextRun;

/** Text runs with a line break before every line after the first. */
function lineRuns(text: string, make: (text: string, breakBefore: boolean) => Run): Run[] {
  return text.split("\n").map((line, index) => make(line, index > 0));
}

function textParagraph(text: string, options: { italics?: boolean; bold?: boolean; style?: string } = {}): Paragraph {
  return new Paragraph({
    bidirectional: isRightToLeft(text),
    style: options.style,
    children: lineRuns(text, (line, breakBefore) => new TextRun({ text: line, italics: options.italics, bold: options.bold, break: breakBefore ? 1 : undefined })),
  });
}

function label(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text, bold: true })] });
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

function commentBlock(comment: PackageComment, pkg: SubmissionPackage, ids: RevisionIds): Paragraph[] {
  const redLine = comment.priority === "redLine" ? `, ${PRIORITY_LABELS.redLine.toLowerCase()}` : "";
  const blocks = [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(`${paragraphLabel(comment)}: ${KIND_LABELS[comment.kind]} (${STANCE_LABELS[comment.stance]}${redLine})`)] }),
    label("Paragraph text"),
    textParagraph(comment.paragraphText, { italics: true }),
  ];
  if (comment.quote) {
    blocks.push(label("Quoted text"), textParagraph(`“${comment.quote}”`));
  }
  blocks.push(label("Comment"), ...(comment.comment ? comment.comment.split("\n").map((line) => textParagraph(line)) : [textParagraph("(no comment text)", { italics: true })]));
  if (comment.kind === "amendment" && comment.proposedText.trim()) {
    blocks.push(label("Proposed change (tracked changes)"), trackedChanges(comment, pkg.organisation.name, pkg.asOf, ids));
  }
  if (comment.discussion?.length) {
    blocks.push(label("Internal discussion"), ...comment.discussion.map((reply) => textParagraph(`${reply.at}: ${reply.text}`)));
  }
  return blocks;
}

function cover(pkg: SubmissionPackage): Paragraph[] {
  const blocks = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Comments of ${pkg.organisation.name}`)] }),
    textParagraph(`Consultation: ${pkg.consultation.title}`),
    textParagraph(`Organisation: ${pkg.organisation.name}`),
    textParagraph(`Date: ${asOfText(pkg)}`),
    textParagraph(`Deadline: ${deadlineText(pkg)}`),
  ];
  if (pkg.state === "draft") {
    blocks.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [new TextRun({ text: "DRAFT: not submitted", bold: true, color: "C00000", size: 48 })] }));
  }
  blocks.push(new Paragraph({ children: [new PageBreak()] }));
  if (pkg.coverNote.trim()) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Cover note")] }), ...pkg.coverNote.split("\n").map((line) => textParagraph(line)));
  }
  return blocks;
}

/** The package as a Word document. */
export async function renderDocx(pkg: SubmissionPackage): Promise<Buffer> {
  const ids = new RevisionIds();
  const heading1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
  const body: Paragraph[] = [...cover(pkg), heading1("General remarks"), ...(pkg.generalRemarks.trim() ? pkg.generalRemarks.split("\n").map((line) => textParagraph(line)) : [textParagraph("(none)", { italics: true })])];
  for (const section of pkg.sections) {
    body.push(heading1(sectionTitle(section.section)), ...section.comments.flatMap((comment) => commentBlock(comment, pkg, ids)));
  }
  if (pkg.detached.length > 0) {
    body.push(heading1(DETACHED_TITLE), ...pkg.detached.flatMap((comment) => commentBlock(comment, pkg, ids)));
  }
  const banner = pkg.state === "draft" ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "DRAFT", bold: true, color: "C00000" })] })] }) } : undefined;
  const document = new Document({
    creator: pkg.organisation.name,
    lastModifiedBy: pkg.organisation.name,
    title: `${pkg.consultation.title}: comments of ${pkg.organisation.name}`,
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
