import { z } from "zod";
import type { PackageComment, SubmissionPackage } from "./submissionPackage";

/**
 * A page, as the limits count it: 3,000 characters of the organisation's own text. Portals state
 * page limits for typeset documents; a fixed count keeps the rule the same in every format.
 */
export const CHARACTERS_PER_PAGE = 3000;

/** The largest per-comment and page limits a coordinator may set. */
export const MAX_COMMENT_CHARACTERS_LIMIT = 100_000;
export const MAX_PAGES_LIMIT = 1_000;

/**
 * A consultation's submission limits, the portal's rules. What counts is the organisation's own
 * text: a comment's body plus its proposed text (amendments), the general remarks and the cover
 * note; quotes and the report's paragraphs do not. Characters are Unicode characters, spaces
 * included, line breaks not.
 */
export const SubmissionLimits = z.object({
  /** Most characters in one comment (body and proposed text together); null: no limit. */
  maxCommentCharacters: z.number().int().min(1).max(MAX_COMMENT_CHARACTERS_LIMIT).nullable(),
  /** Most pages of `CHARACTERS_PER_PAGE` characters in the whole package; null: no limit. */
  maxPages: z.number().int().min(1).max(MAX_PAGES_LIMIT).nullable(),
  /** Only plain ASCII characters (no accents, curly quotes, dashes or other scripts). */
  asciiOnly: z.boolean(),
});
export type SubmissionLimits = z.infer<typeof SubmissionLimits>;

/** No limits at all: what a consultation starts with. */
export const NO_LIMITS: SubmissionLimits = { maxCommentCharacters: null, maxPages: null, asciiOnly: false };

/** Which limit was broken. */
export const LimitKind = z.enum(["characters", "pages", "ascii"]);
export type LimitKind = z.infer<typeof LimitKind>;

/** One broken limit, with where and by how much: what an export or a submit refuses with. */
export const LimitViolation = z.object({
  /** Characters per comment, pages of the package, or plain ASCII. */
  limit: LimitKind,
  /** Where: a comment, the general remarks, the cover note, or the whole package (pages). */
  part: z.enum(["comment", "generalRemarks", "coverNote", "package"]),
  /** The comment's id, for `part: "comment"`. */
  commentId: z.string().nullable(),
  /** The paragraph the comment answers, as the consultation numbers it. */
  paragraphNumber: z.string().nullable(),
  /** Characters counted (for ASCII: characters that are not ASCII). */
  actual: z.number().int(),
  /** Characters allowed (for pages: pages × `CHARACTERS_PER_PAGE`; for ASCII: 0). */
  allowed: z.number().int(),
  /** By how many characters the limit is broken. */
  excess: z.number().int(),
  /** For ASCII: the characters found that are not ASCII, each once, in order of appearance. */
  characters: z.array(z.string()).optional(),
});
export type LimitViolation = z.infer<typeof LimitViolation>;

/** Characters as the limits count them: Unicode characters, line breaks left out. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const character of text) {
    if (character !== "\n" && character !== "\r") {
      count += 1;
    }
  }
  return count;
}

/** The characters of `text` that are not plain ASCII, each once, in order of appearance. */
export function nonAsciiCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text) {
    if (character.codePointAt(0)! > 0x7f) {
      found.add(character);
    }
  }
  return [...found];
}

/** How one comment stands against the limits: what the editor shows live under the comment. */
export interface CommentCheck {
  /** Characters of body and proposed text together. */
  characters: number;
  /** The limit, or null. */
  maxCharacters: number | null;
  /** Characters over the limit; 0 within it. */
  excess: number;
  /** Non-ASCII characters found, when ASCII is required; else empty. */
  nonAscii: string[];
}

/** Checks one comment's body and proposed text. */
export function checkComment(comment: { body: string; proposedText: string }, limits: SubmissionLimits): CommentCheck {
  const characters = countCharacters(comment.body) + countCharacters(comment.proposedText);
  const maxCharacters = limits.maxCommentCharacters;
  return {
    characters,
    maxCharacters,
    excess: maxCharacters === null ? 0 : Math.max(0, characters - maxCharacters),
    nonAscii: limits.asciiOnly ? nonAsciiCharacters(`${comment.body}${comment.proposedText}`) : [],
  };
}

/** The pages a number of characters fills, rounded up. */
export const pagesOf = (characters: number) => Math.ceil(characters / CHARACTERS_PER_PAGE);

/** How the whole submission stands against the page limit: what the editor shows live. */
export interface PageCheck {
  /** Characters of the organisation's own text. */
  characters: number;
  /** The pages they fill, rounded up. */
  pages: number;
  /** The page limit, or null. */
  maxPages: number | null;
  /** Characters over the limit; 0 within it. */
  excess: number;
}

/** Checks the organisation's own texts (see `ownTexts`) against the page limit. */
export function checkPages(texts: readonly string[], limits: SubmissionLimits): PageCheck {
  const characters = texts.reduce((total, text) => total + countCharacters(text), 0);
  const { maxPages } = limits;
  return { characters, pages: pagesOf(characters), maxPages, excess: maxPages === null ? 0 : Math.max(0, characters - maxPages * CHARACTERS_PER_PAGE) };
}

/** Every comment of a package, in report order, then those on removed paragraphs. */
function packageComments(pkg: SubmissionPackage): PackageComment[] {
  return [...pkg.sections.flatMap((section) => section.comments), ...pkg.detached];
}

/** Characters of the organisation's own text in a package: cover note, general remarks, comments and proposals. */
export function packageCharacters(pkg: SubmissionPackage): number {
  const texts = [...packageComments(pkg).flatMap((comment) => [comment.comment, comment.proposedText]), pkg.coverNote, pkg.generalRemarks];
  return texts.reduce((total, text) => total + countCharacters(text), 0);
}

function asciiViolation(part: LimitViolation["part"], text: string, comment: PackageComment | null): LimitViolation[] {
  const characters = nonAsciiCharacters(text);
  if (characters.length === 0) {
    return [];
  }
  let actual = 0;
  for (const character of text) {
    actual += character.codePointAt(0)! > 0x7f ? 1 : 0;
  }
  return [{ limit: "ascii", part, commentId: comment?.id ?? null, paragraphNumber: comment?.paragraphNumber ?? null, actual, allowed: 0, excess: actual, characters }];
}

/** Every limit a package breaks, comment by comment in report order, then the package's pages; empty when it keeps them all. */
export function checkPackage(pkg: SubmissionPackage, limits: SubmissionLimits): LimitViolation[] {
  const violations: LimitViolation[] = [];
  if (limits.asciiOnly) {
    violations.push(...asciiViolation("coverNote", pkg.coverNote, null), ...asciiViolation("generalRemarks", pkg.generalRemarks, null));
  }
  for (const comment of packageComments(pkg)) {
    const check = checkComment({ body: comment.comment, proposedText: comment.proposedText }, limits);
    if (check.excess > 0 && check.maxCharacters !== null) {
      violations.push({
        limit: "characters",
        part: "comment",
        commentId: comment.id,
        paragraphNumber: comment.paragraphNumber,
        actual: check.characters,
        allowed: check.maxCharacters,
        excess: check.excess,
      });
    }
    if (limits.asciiOnly) {
      violations.push(...asciiViolation("comment", `${comment.comment}${comment.proposedText}`, comment));
    }
  }
  if (limits.maxPages !== null) {
    const actual = packageCharacters(pkg);
    const allowed = limits.maxPages * CHARACTERS_PER_PAGE;
    if (actual > allowed) {
      violations.push({ limit: "pages", part: "package", commentId: null, paragraphNumber: null, actual, allowed, excess: actual - allowed });
    }
  }
  return violations;
}

/** One violation as an English sentence, for the command line and the error's message. */
export function describeViolation(violation: LimitViolation): string {
  const where =
    violation.part === "comment"
      ? `Paragraph ${violation.paragraphNumber ?? "?"} (comment ${violation.commentId ?? "?"})`
      : violation.part === "generalRemarks"
        ? "General remarks"
        : violation.part === "coverNote"
          ? "Cover note"
          : "The package";
  switch (violation.limit) {
    case "characters":
      return `${where}: ${violation.actual} characters, ${violation.excess} over the limit of ${violation.allowed}`;
    case "pages": {
      const pages = (count: number) => `${count} page${count === 1 ? "" : "s"}`;
      return `${where}: ${pages(pagesOf(violation.actual))} (${violation.actual} characters), ${violation.excess} characters over the limit of ${pages(violation.allowed / CHARACTERS_PER_PAGE)} of ${CHARACTERS_PER_PAGE} characters`;
    }
    case "ascii":
      return `${where}: ${violation.actual} characters that are not plain ASCII (${(violation.characters ?? []).join(" ")})`;
  }
}
