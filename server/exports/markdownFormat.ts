import { wordParts } from "../../shared/diff/wordParts";
import type { Locale } from "../../shared/i18n/locales";
import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";
import { exportLabels, labelled, leadIn, type ExportLabels } from "./labels/exportLabels";
import type { PackageFormat } from "./packageFormats";
import { asOfText, commentHeading, deadlineText, draftText, sectionTitle } from "./packageLabels";

/** Characters Markdown (or HTML inside it) could act on anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
/** Line starts that would open a heading, list, quote, rule or table. */
const LINE_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Text as Markdown shows it literally: no markup and no HTML in a comment ever takes effect. */
export function markdownText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(INLINE_SPECIAL, "\\$&").replace(LINE_START, (_match, space: string, start: string) => `${space}\\${start}`))
    .join("  \n");
}

function quoted(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${markdownText(line)}`)
    .join("\n");
}

/** The amendment as a redline: removed words struck through, added words in bold. */
function redline(original: string, proposed: string): string {
  return wordParts(original, proposed)
    .map((part) => {
      const text = markdownText(part.text);
      if (part.change === "same" || text.trim() === "") {
        return text;
      }
      return part.change === "added" ? `**${text.trim()}**${/\s$/.test(part.text) ? " " : ""}` : `~~${text.trim()}~~${/\s$/.test(part.text) ? " " : ""}`;
    })
    .join("");
}

function commentMarkdown(comment: PackageComment, labels: ExportLabels): string[] {
  const lines = [`### ${markdownText(commentHeading(labels, comment))}`, "", quoted(comment.paragraphText), ""];
  if (comment.quote) {
    lines.push(labelled(labels, labels.quoted, labels.quote(markdownText(comment.quote))), "");
  }
  lines.push(markdownText(comment.comment) || `_${labels.noCommentText}_`, "");
  if (comment.kind === "amendment" && comment.proposedText.trim()) {
    lines.push(leadIn(labels, labels.proposedText), "", quoted(comment.proposedText), "", labelled(labels, labels.changes, redline(comment.paragraphText, comment.proposedText)), "");
  }
  for (const reply of comment.discussion ?? []) {
    lines.push(`- ${reply.at}: ${markdownText(reply.text)}`);
  }
  return comment.discussion?.length ? [...lines, ""] : lines;
}

/** The package as a Markdown document: cover details, remarks, comments by section, appendix; labels in `locale`. */
export function renderMarkdown(pkg: SubmissionPackage, locale: Locale): string {
  const labels = exportLabels(locale);
  const lines = [`# ${markdownText(labels.commentsOf(pkg.organisation.name))}`, ""];
  if (pkg.state === "draft") {
    lines.push(`**${draftText(labels, pkg)}**`, "");
  }
  const { cover } = labels;
  lines.push(
    `- ${labelled(labels, cover.consultation, markdownText(pkg.consultation.title))}`,
    `- ${labelled(labels, cover.organisation, markdownText(pkg.organisation.name))}`,
    `- ${labelled(labels, cover.date, asOfText(pkg))}`,
    `- ${labelled(labels, cover.deadline, deadlineText(pkg))}`,
    "",
  );
  if (pkg.coverNote.trim()) {
    lines.push(`## ${labels.coverNote}`, "", markdownText(pkg.coverNote), "");
  }
  lines.push(`## ${labels.generalRemarks}`, "", markdownText(pkg.generalRemarks) || `_${labels.none}_`, "");
  for (const section of pkg.sections) {
    lines.push(`## ${markdownText(sectionTitle(labels, section.section))}`, "");
    section.comments.forEach((comment) => lines.push(...commentMarkdown(comment, labels)));
  }
  if (pkg.detached.length > 0) {
    lines.push(`## ${labels.appendixTitle}`, "");
    pkg.detached.forEach((comment) => lines.push(...commentMarkdown(comment, labels)));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

export const markdownFormat: PackageFormat = {
  id: "md",
  extension: "md",
  contentType: "text/markdown; charset=utf-8",
  render: (pkg, locale) => Promise.resolve(Buffer.from(renderMarkdown(pkg, locale), "utf8")),
};
