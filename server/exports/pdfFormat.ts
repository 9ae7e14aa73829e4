import { wordParts } from "../../shared/diff/wordParts";
import { isRightToLeftLocale, type Locale } from "../../shared/i18n/locales";
import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";
import { exportLabels, labelled, leadIn, type ExportLabels } from "./labels/exportLabels";
import type { PackageFormat } from "./packageFormats";
import { commentHeading, coverFields, draftText, sectionTitle } from "./packageLabels";
import { fontRuns, pdfFonts, type PdfFonts } from "./pdfFonts";
import { plainWords, writeBidirectional } from "./pdfBidi";
import { hasRightToLeft, isRightToLeft } from "./textDirection";

type Pdf = PDFKit.PDFDocument;

interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  indent?: number;
  /** Lay the line out from the right margin whatever its letters: for lines led by an Arabic label. */
  rightToLeft?: boolean;
}

/** Writes one line of left-to-right text, switching fonts for Chinese, emoji and symbols. */
function writeLine(doc: Pdf, fonts: PdfFonts, line: string, style: TextStyle): void {
  const runs = fontRuns(line || " ");
  runs.forEach((run, index) => {
    doc.font(run.role ? fonts[run.role] : style.bold ? fonts.bold : fonts.regular);
    doc.text(run.text, { continued: index < runs.length - 1, indent: index === 0 ? style.indent : 0 });
  });
}

/** Writes text, one PDF paragraph per line of it. */
function write(doc: Pdf, fonts: PdfFonts, text: string, style: TextStyle = {}): void {
  doc.fontSize(style.size ?? 10).fillColor(style.color ?? "black");
  for (const line of text.split("\n")) {
    if (style.rightToLeft || hasRightToLeft(line)) {
      writeBidirectional(doc, fonts, plainWords(line), { rightToLeft: style.rightToLeft, bold: style.bold, indent: style.indent, colour: style.color ?? "black" });
    } else {
      writeLine(doc, fonts, line, style);
    }
  }
}

function writeRedline(doc: Pdf, fonts: PdfFonts, comment: PackageComment): void {
  if (isRightToLeft(comment.proposedText)) {
    write(doc, fonts, comment.proposedText);
    return;
  }
  doc.fontSize(10);
  const parts = wordParts(comment.paragraphText, comment.proposedText).filter((part) => part.text !== "");
  parts.forEach((part, index) => {
    const continued = index < parts.length - 1;
    const color = part.change === "added" ? "#1a7f37" : part.change === "removed" ? "#c00000" : "black";
    doc.font(fonts.regular).fillColor(color);
    doc.text(part.text.replaceAll("\n", " "), { continued, strike: part.change === "removed", underline: part.change === "added" });
  });
  doc.fillColor("black");
}

/** The file's own words and which way lines led by them run. */
interface Words {
  labels: ExportLabels;
  /** Set on lines led by a label: true in Arabic, else left to each line's letters. */
  direction: Pick<TextStyle, "rightToLeft">;
}

function writeComment(doc: Pdf, fonts: PdfFonts, comment: PackageComment, words: Words): void {
  const { labels, direction } = words;
  doc.moveDown(0.6);
  write(doc, fonts, commentHeading(labels, comment), { bold: true, size: 11, ...direction });
  write(doc, fonts, comment.paragraphText, { color: "#444444", indent: 12 });
  if (comment.quote) {
    write(doc, fonts, labelled(labels, labels.quoted, labels.quote(comment.quote)), { color: "#444444", ...direction });
  }
  doc.moveDown(0.3);
  write(doc, fonts, comment.comment || labels.noCommentText, comment.comment ? {} : direction);
  if (comment.kind === "amendment" && comment.proposedText.trim()) {
    doc.moveDown(0.3);
    write(doc, fonts, leadIn(labels, labels.proposedText), { bold: true, ...direction });
    write(doc, fonts, comment.proposedText);
    doc.moveDown(0.3);
    write(doc, fonts, leadIn(labels, labels.changesLegend), { bold: true, ...direction });
    writeRedline(doc, fonts, comment);
  }
  for (const reply of comment.discussion ?? []) {
    write(doc, fonts, `${reply.at}: ${reply.text}`, { color: "#444444", size: 9 });
  }
}

function heading(doc: Pdf, fonts: PdfFonts, text: string, words: Words, size = 14): void {
  doc.moveDown(0.8);
  write(doc, fonts, text, { bold: true, size, ...words.direction });
}

/**
 * The package as a PDF: cover page, remarks, comments by section, appendix; A4, Unicode fonts
 * embedded. Labels are in `locale` and go through `write`, so Arabic ones run from the right.
 */
export async function renderPdf(pkg: SubmissionPackage, locale: Locale): Promise<Buffer> {
  // Loaded on the first PDF, not at every server start.
  const { default: PDFDocument } = await import("pdfkit");
  const words: Words = { labels: exportLabels(locale), direction: isRightToLeftLocale(locale) ? { rightToLeft: true } : {} };
  const { labels, direction } = words;
  const fonts = pdfFonts();
  const at = new Date(pkg.asOf);
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    bufferPages: false,
    info: { Title: labels.documentTitle(pkg.consultation.title, pkg.organisation.name), Author: pkg.organisation.name, Creator: "Parley", Producer: "Parley", CreationDate: at, ModDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  if (pkg.state === "draft") {
    // The banner is one word; Chinese needs the font that has its characters.
    const bannerFont = fontRuns(labels.draft).some((run) => run.role === "cjk") ? fonts.cjk : fonts.bold;
    const banner = () => {
      const { x, y } = doc;
      doc.font(bannerFont).fontSize(9).fillColor("#c00000").text(labels.draft, doc.page.margins.left, 24, { align: "center" });
      doc.fillColor("black");
      doc.x = x;
      doc.y = y;
    };
    banner();
    doc.on("pageAdded", banner);
  }
  write(doc, fonts, labels.commentsOf(pkg.organisation.name), { bold: true, size: 22, ...direction });
  doc.moveDown();
  write(doc, fonts, coverFields(labels, pkg).map(([name, value]) => labelled(labels, name, value)).join("\n"), { size: 11, ...direction });
  if (pkg.state === "draft") {
    doc.moveDown(2);
    write(doc, fonts, draftText(labels, pkg), { bold: true, size: 20, color: "#c00000", ...direction });
  }
  if (pkg.coverNote.trim()) {
    heading(doc, fonts, labels.coverNote, words);
    write(doc, fonts, pkg.coverNote);
  }
  doc.addPage();
  heading(doc, fonts, labels.generalRemarks, words);
  write(doc, fonts, pkg.generalRemarks.trim() || labels.none, pkg.generalRemarks.trim() ? {} : direction);
  for (const section of pkg.sections) {
    heading(doc, fonts, sectionTitle(labels, section.section), words);
    section.comments.forEach((comment) => writeComment(doc, fonts, comment, words));
  }
  if (pkg.detached.length > 0) {
    heading(doc, fonts, labels.appendixTitle, words);
    pkg.detached.forEach((comment) => writeComment(doc, fonts, comment, words));
  }
  doc.end();
  return done;
}

export const pdfFormat: PackageFormat = {
  id: "pdf",
  extension: "pdf",
  contentType: "application/pdf",
  render: renderPdf,
};
