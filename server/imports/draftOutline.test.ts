import { describe, expect, it } from "vitest";
import { textOf, type ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { paragraphs } from "../../shared/paragraphs";
import { DRAFT_OUTLINE, draftParagraphs } from "../../test/fixtures/draftReport";
import { DRAFT_FILES } from "../../test/fixtures/draftReportFiles";
import { readReportFile } from "./readReportFile";

const blocksOf = (json: ProseMirrorJson, type: string) => (json.content ?? []).filter((block) => block.type === type);
/** A paragraph's words without its footnote citations, to compare formats that cite notes differently. */
const words = (text: string) => text.replace(/\s*\[[0-9]+\]/g, "").replace(/\s+/g, " ").trim();

describe("the same draft report in every format gives the same outline", () => {
  it.each(DRAFT_FILES)("%s", async (format, fileName, make) => {
    const { json, preview } = await readReportFile(await make(), fileName, undefined, "continuous");
    expect(preview.format).toBe(format);

    // Sections, Roman and lettered, with a title longer than one line among them.
    expect(preview.sections.map(({ label, paragraphs: count }) => ({ label, paragraphs: count }))).toEqual(DRAFT_OUTLINE.sections);
    // The consultation's numbers once each, in order: the sub-headings' "1." and "2." are not among them.
    const numbered = paragraphs(json);
    expect(numbered.map((paragraph) => paragraph.number)).toEqual(DRAFT_OUTLINE.numbers);
    expect(blocksOf(json, "heading").map(textOf)).toEqual(expect.arrayContaining(DRAFT_OUTLINE.subheadings));

    // Every paragraph whole: the one cut by a page break (11 in the PDF) joined again, nothing of the page furniture in it.
    expect(numbered.map((paragraph) => words(paragraph.text))).toEqual(draftParagraphs().map((paragraph) => paragraph.text));
    expect(JSON.stringify(json)).not.toContain("Advance version");

    // Footnotes are footnotes, cited in their paragraph, never numbered.
    const notes = blocksOf(json, "footnote");
    expect(notes.map((note) => note.attrs?.label)).toEqual(DRAFT_OUTLINE.footnotes);
    expect(notes.map(textOf)).toEqual(draftParagraphs().flatMap((paragraph) => (paragraph.footnote ? [paragraph.footnote.text] : [])));
    expect(numbered.find((paragraph) => paragraph.number === "2")?.text).toMatch(/states\.\s?\[1\]|\[1\]$/);
  });
});
