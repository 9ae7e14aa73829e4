import { describe, expect, it } from "vitest";
import { CHARACTERS_PER_PAGE, checkComment, checkPackage, countCharacters, describeViolation, NO_LIMITS, nonAsciiCharacters, packageCharacters, type SubmissionLimits } from "./limits";
import type { PackageComment, SubmissionPackage } from "./submissionPackage";

function comment(id: string, paragraphNumber: string, text: string, proposedText = ""): PackageComment {
  return {
    id,
    paragraphId: `para-${paragraphNumber}`,
    paragraphNumber,
    section: "A",
    paragraphText: "Ce paragraphe du rapport n’est jamais compté.",
    quote: "jamais compté",
    kind: proposedText ? "amendment" : "concern",
    stance: proposedText ? "amend" : "oppose",
    priority: "normal",
    status: "ready",
    comment: text,
    proposedText,
  };
}

function packageOf(comments: PackageComment[], extra: Partial<SubmissionPackage> = {}): SubmissionPackage {
  return {
    format: "parley.submission-package",
    version: 1,
    consultation: { id: "ict-security", title: "Consultation", deadline: { local: "2027-04-03T23:59", timeZone: "UTC", utc: "2027-04-03T23:59:00.000Z" } },
    organisation: { id: "open-networks", name: "Open Networks" },
    state: "draft",
    asOf: "2027-03-01T00:00:00.000Z",
    generalRemarks: "",
    coverNote: "",
    sections: [{ section: "A", comments }],
    detached: [],
    ...extra,
  };
}

const limits = (changes: Partial<SubmissionLimits>): SubmissionLimits => ({ ...NO_LIMITS, ...changes });

describe("counting", () => {
  it("counts Unicode characters, spaces included and line breaks not", () => {
    expect(countCharacters("ab c")).toBe(4);
    expect(countCharacters("line one\nline two")).toBe(16);
    expect(countCharacters("网络 😀")).toBe(4);
  });

  it("lists each character that is not ASCII once", () => {
    expect(nonAsciiCharacters("Plain text, 100% ASCII.")).toEqual([]);
    expect(nonAsciiCharacters("café “quoted” — café")).toEqual(["é", "“", "”", "—"]);
  });
});

describe("one comment", () => {
  it("counts body and proposed text together against the limit", () => {
    expect(checkComment({ body: "x".repeat(300), proposedText: "y".repeat(112) }, limits({ maxCommentCharacters: 500 }))).toEqual({
      characters: 412,
      maxCharacters: 500,
      excess: 0,
      nonAscii: [],
    });
    expect(checkComment({ body: "x".repeat(512), proposedText: "" }, limits({ maxCommentCharacters: 500 })).excess).toBe(12);
  });

  it("flags non-ASCII characters only when ASCII is required", () => {
    expect(checkComment({ body: "naïve", proposedText: "" }, NO_LIMITS).nonAscii).toEqual([]);
    expect(checkComment({ body: "naïve", proposedText: "déjà" }, limits({ asciiOnly: true })).nonAscii).toEqual(["ï", "é", "à"]);
  });
});

describe("a package", () => {
  it("keeps every limit when none is set", () => {
    expect(checkPackage(packageOf([comment("c-1", "3", "é".repeat(100_000))]), NO_LIMITS)).toEqual([]);
  });

  it("lists comments over the character limit with their paragraph and excess", () => {
    const pkg = packageOf([comment("c-1", "3", "x".repeat(40)), comment("c-2", "12", "x".repeat(45), "y".repeat(10))]);
    const violations = checkPackage(pkg, limits({ maxCommentCharacters: 50 }));
    expect(violations).toEqual([{ limit: "characters", part: "comment", commentId: "c-2", paragraphNumber: "12", actual: 55, allowed: 50, excess: 5 }]);
    expect(describeViolation(violations[0]!)).toBe("Paragraph 12 (comment c-2): 55 characters, 5 over the limit of 50");
  });

  it("counts pages over the organisation's own text only", () => {
    const pkg = packageOf([comment("c-1", "3", "x".repeat(CHARACTERS_PER_PAGE))], { coverNote: "a".repeat(500), generalRemarks: "b".repeat(501) });
    expect(packageCharacters(pkg)).toBe(CHARACTERS_PER_PAGE + 1001);
    expect(checkPackage(pkg, limits({ maxPages: 2 }))).toEqual([]);
    const violations = checkPackage(pkg, limits({ maxPages: 1 }));
    expect(violations).toEqual([{ limit: "pages", part: "package", commentId: null, paragraphNumber: null, actual: 4001, allowed: 3000, excess: 1001 }]);
    expect(describeViolation(violations[0]!)).toContain("2 pages (4001 characters), 1001 characters over the limit of 1 page of 3000 characters");
  });

  it("finds non-ASCII characters in comments, proposals, the general remarks and the cover note, but not in quotes or the report", () => {
    const pkg = packageOf([comment("c-1", "3", "Plain."), comment("c-2", "4", "It’s fine", "Café and café")], { generalRemarks: "Remarks — with a dash" });
    expect(checkPackage(pkg, limits({ asciiOnly: true }))).toEqual([
      { limit: "ascii", part: "generalRemarks", commentId: null, paragraphNumber: null, actual: 1, allowed: 0, excess: 1, characters: ["—"] },
      { limit: "ascii", part: "comment", commentId: "c-2", paragraphNumber: "4", actual: 3, allowed: 0, excess: 3, characters: ["’", "é"] },
    ]);
  });

  it("checks comments on removed paragraphs too", () => {
    const pkg = packageOf([], { sections: [], detached: [comment("c-9", "40", "x".repeat(20))] });
    expect(checkPackage(pkg, limits({ maxCommentCharacters: 10 })).map((violation) => violation.paragraphNumber)).toEqual(["40"]);
  });
});
