import { describe, expect, it } from "vitest";
import { MAX_XML_DEPTH, MAX_ZIP_ENTRIES } from "../../shared/limits";
import { draftReportDocx } from "../../test/fixtures/draftReportDocx";
import { zipOf } from "../../test/helpers/zipOf";
import { checkWordArchive } from "./checkWordArchive";
import { ImportError } from "./ImportedBlock";
import { xmlDepth } from "./xmlDepth";

function statusOf(check: () => void): number | null {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof ImportError ? error.status : -1;
  }
}

describe("the limits on a Word archive", () => {
  it("lets a real Word draft through", async () => {
    const draft = await draftReportDocx();
    expect(statusOf(() => checkWordArchive(draft))).toBeNull();
  });

  it.each([
    ["more parts than allowed", Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, index): [string, Buffer] => [`media/${index}.xml`, Buffer.from("<a/>")])],
    ["XML nested deeper than allowed", [["word/document.xml", Buffer.from(`${"<w:p>".repeat(MAX_XML_DEPTH + 1)}${"</w:p>".repeat(MAX_XML_DEPTH + 1)}`)]] as [string, Buffer][]],
  ])("refuses %s with 413", (_name, entries) => {
    const bytes = zipOf(entries);
    expect(statusOf(() => checkWordArchive(bytes))).toBe(413);
  });

  it("refuses a file that only starts like a ZIP archive with 400", () => {
    expect(statusOf(() => checkWordArchive(Buffer.from("PK\u0003\u0004 not really a zip")))).toBe(400);
  });
});

describe("xmlDepth", () => {
  it.each([
    ['<a><b x=">"/><c><!-- <d><e> --><![CDATA[<f>]]><?pi <g>?></c></a>', 2],
    ["<a><b><c/></b><b/></a>", 2],
    ["no markup at all", 0],
  ])("reads %s as %i deep", (xml, depth) => {
    expect(xmlDepth(Buffer.from(xml), 10)).toBe(depth);
  });
});
