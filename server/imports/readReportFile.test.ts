import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { paragraphs } from "../../shared/paragraphs";
import { draftReportDocx } from "../../test/fixtures/draftReportDocx";
import { ImportError } from "./ImportedBlock";
import { readReportFile } from "./readReportFile";

const MARKDOWN = `# Draft report

## A. Introduction

1. The group met in Vienna.

2. It agreed on a work plan:

- first, a survey;
- second, a workshop.

## II. Findings

> A quotation from the mandate.

12. Confidence grows with practice.
`;

const HTML = `<html><head><title>x</title><script>alert("never")</script></head><body>
<h2>Section C: Capacity building</h2><p>7. Training <b>matters</b> &amp; helps.<p>8. So does funding.</p>
<blockquote><p>As the chair said.</p></blockquote><ol><li>one<li>two</ol></body></html>`;

const TEXT = "A. Introduction\n\n1. First paragraph,\nwrapped over two lines.\n\n- a point\n- another point\n\nB. Threats\n\n5. Fifth paragraph.";

describe("reading a draft report file", () => {
  it.each([
    ["markdown", Buffer.from(MARKDOWN), "draft.md", [["A", "1", "The group met in Vienna."], ["A", "2", "It agreed on a work plan:\nfirst, a survey;\nsecond, a workshop."], ["II", "3", "A quotation from the mandate."], ["II", "12", "Confidence grows with practice."]]],
    ["html", Buffer.from(HTML), "draft.html", [["C", "7", "Training matters & helps."], ["C", "8", "So does funding.\nAs the chair said.\none\ntwo"]]],
    ["text", Buffer.from(TEXT), "draft.txt", [["A", "1", "First paragraph, wrapped over two lines.\na point\nanother point"], ["B", "5", "Fifth paragraph."]]],
  ])("%s: sections, the consultation's own numbers, lists and quotes", async (_name, bytes, fileName, expected) => {
    const { json, preview } = await readReportFile(bytes, fileName, undefined, "continuous");
    expect(paragraphs(json).map((paragraph) => [paragraph.section, paragraph.number, paragraph.text])).toEqual(expected);
    expect(preview.paragraphCount).toBe(expected.length);
    expect(JSON.stringify(json)).not.toContain("never");
    const ids = (json.content ?? []).map((block) => block.attrs?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("docx: recovers sections A, B and H, the typed numbers and the footnote as a footnote", async () => {
    const { json, preview } = await readReportFile(await draftReportDocx(), "draft.docx", undefined, "continuous");
    const numbered = paragraphs(json);
    expect(numbered.map((paragraph) => [paragraph.section, paragraph.number])).toEqual([["A", "1"], ["A", "2"], ["B", "14"], ["B", "14 bis"], ["H", "40"]]);
    expect(numbered[0]?.text).toBe("The working group held three sessions in Geneva.");
    expect(numbered[1]?.text).toContain("Participants came from every region");
    expect(numbered[1]?.text).toMatch(/^It adopted its agenda by consensus\.\s?\[1\]/);
    expect(numbered.map((paragraph) => paragraph.text).join(" ")).not.toContain("Adopted at the second session.");
    expect((json.content ?? []).filter((block) => block.type === "footnote").map((block) => [block.attrs?.label, block.content?.[0]?.text])).toEqual([["1", "Adopted at the second session."]]);
    expect(preview.sections.map((section) => [section.label, section.paragraphs])).toEqual([["A", 2], ["B", 2], ["H", 1]]);
  });

  it.each([
    ["a broken Word file", Buffer.from("PK\u0003\u0004 not really a zip"), "draft.docx", 400],
    ["a broken PDF", Buffer.from("%PDF-1.7 binary"), "draft.pdf", 400],
    ["a file named .odt that is Word", Buffer.from("PK\u0003\u0004 not really a zip"), "draft.odt", 400],
    ["an old .doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1]), "draft.doc", 415],
    ["an empty file", Buffer.alloc(0), "draft.txt", 400],
    ["text with no paragraphs", Buffer.from("\n\n  \n"), "draft.txt", 400],
    ["invalid UTF-8", Buffer.from([0x41, 0xff, 0xfe, 0x42]), "draft.md", 400],
  ])("refuses %s with a clear error", async (_name, bytes, fileName, status) => {
    const error: unknown = await readReportFile(bytes, fileName, undefined, "continuous").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).status).toBe(status);
  });
});

describe("an OpenDocument file past the archive limits", () => {
  it("is refused with 413 before its content is inflated", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    zip.file("content.xml", `<office:document-content><office:body><office:text>${"<text:p>a</text:p>".repeat(400_000)}</office:text></office:body></office:document-content>`);
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const error: unknown = await readReportFile(bytes, "bomb.odt", undefined, "continuous").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).status).toBe(413);
  });
});
