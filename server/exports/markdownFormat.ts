import { wordParts } from "../../shared/diff/wordParts";
import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { PackageFormat } from "./packageFormats";
import { asOfText, deadlineText, DETACHED_TITLE, KIND_LABELS, paragraphLabel, PRIORITY_LABELS, sectionTitle, STANCE_LABELS } from "./packageLabels";

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

function commentMarkdown(comment: PackageComment): string[] {
  const redLine = comment.priority === "redLine" ? `, ${PRIORITY_LABELS.redLine.toLowerCase()}` : "";
  const lines = [`### ${paragraphLabel(comment)}: ${KIND_LABELS[comment.kind]} (${STANCE_LABELS[comment.stance]}${redLine})`, "", quoted(comment.paragraphText), ""];
  if (comment.quote) {
    lines.push(`Quoted: “${markdownText(comment.quote)}”`, "");
  }
  lines.push(markdownText(comment.comment) || "_(no comment text)_", "");
  if (comment.kind === "amendment" && comment.proposedText.trim()) {
    lines.push("Proposed text:", "", quoted(comment.proposedText), "", `Changes: ${redline(comment.paragraphText, comment.proposedText)}`, "");
  }
  for (const reply of comment.discussion ?? []) {
    lines.push(`- ${reply.at}: ${markdownText(reply.text)}`);
  }
  return comment.discussion?.length ? [...lines, ""] : lines;
}

/** The package as a Markdown document: cover details, remarks, comments by section, appendix. */
export function renderMarkdown(pkg: SubmissionPackage): string {
  const lines = [`# Comments of ${markdownText(pkg.organisation.name)}`, ""];
  if (pkg.state === "draft") {
    lines.push("**DRAFT: not submitted**", "");
  }
  lines.push(
    `- Consultation: ${markdownText(pkg.consultation.title)}`,
    `- Organisation: ${markdownText(pkg.organisation.name)}`,
    `- Date: ${asOfText(pkg)}`,
    `- Deadline: ${deadlineText(pkg)}`,
    "",
  );
  if (pkg.coverNote.trim()) {
    lines.push("## Cover note", "", markdownText(pkg.coverNote), "");
  }
  lines.push("## General remarks", "", markdownText(pkg.generalRemarks) || "_(none)_", "");
  for (const section of pkg.sections) {
    lines.push(`## ${sectionTitle(section.section)}`, "");
    section.comments.forEach((comment) => lines.push(...commentMarkdown(comment)));
  }
  if (pkg.detached.length > 0) {
    lines.push(`## ${DETACHED_TITLE}`, "");
    pkg.detached.forEach((comment) => lines.push(...commentMarkdown(comment)));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

export const markdownFormat: PackageFormat = {
  id: "md",
  extension: "md",
  contentType: "text/markdown; charset=utf-8",
  render: (pkg) => Promise.resolve(Buffer.from(renderMarkdown(pkg), "utf8")),
};
