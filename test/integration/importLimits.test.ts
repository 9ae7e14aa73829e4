import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { draftReportDocx } from "../fixtures/draftReportDocx";
import { zipOf } from "../helpers/zipOf";
import { startServerProcess } from "../helpers/startServerProcess";
import { api, prepareDataDir, tempDataDir } from "../helpers/startServer";

const PREVIEW = `/api/consultations/${DEMO_CONSULTATION_ID}/report/import-preview?fileName=draft.docx`;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOCUMENT_PART = "word/document.xml";

/** A Word file whose document part is `megabytes` MB of the same paragraph: a few hundred kB zipped. */
function docxBomb(megabytes: number): Buffer {
  const paragraph = "<w:p><w:r><w:t>Repeated paragraph text.</w:t></w:r></w:p>";
  const head = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
  const tail = "</w:body></w:document>";
  const count = Math.ceil((megabytes * 1024 * 1024) / paragraph.length);
  const document = Buffer.alloc(head.length + count * paragraph.length + tail.length);
  document.write(head);
  document.fill(paragraph, head.length, head.length + count * paragraph.length);
  document.write(tail, head.length + count * paragraph.length);
  return zipOf([
    [
      "[Content_Types].xml",
      Buffer.from(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    ],
    [
      "_rels/.rels",
      Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    ],
    [DOCUMENT_PART, document],
  ]);
}

/**
 * The same bomb, but its directory and local header claim the document part inflates to only
 * ten times its compressed size: only inflating it shows the lie.
 */
function lyingAboutItsSize(zip: Buffer): Buffer {
  const bytes = Buffer.from(zip);
  for (const [signature, sizesAt, nameAt] of [
    [0x02014b50, 20, 46],
    [0x04034b50, 18, 30],
  ] as const) {
    for (let offset = 0; offset < bytes.length - 4; offset += 1) {
      if (bytes.readUInt32LE(offset) === signature && bytes.toString("utf8", offset + nameAt, offset + nameAt + DOCUMENT_PART.length) === DOCUMENT_PART) {
        bytes.writeUInt32LE(bytes.readUInt32LE(offset + sizesAt) * 10, offset + sizesAt + 4);
      }
    }
  }
  return bytes;
}

/** Uploads `file` for a preview while asking for /api/health every 25 ms; returns the answer and the health timings. */
async function uploadWhileWatchingHealth(file: Buffer): Promise<{ status: number; code: string; healthTimes: number[]; url: string }> {
  const dataDir = tempDataDir();
  const people = await prepareDataDir(dataDir);
  const server = await startServerProcess(dataDir, { NODE_OPTIONS: "--max-old-space-size=256" });
  // A real Word draft first: it must still be read, and it starts the import thread, so the
  // timings below are of the bomb alone, not of a thread loading its code.
  const draft = await api({ url: server.url, people }, PREVIEW, { as: "coordinator", method: "POST", body: new Uint8Array(await draftReportDocx()), headers: { "Content-Type": DOCX_TYPE } });
  expect(((await draft.json()) as { paragraphCount: number }).paragraphCount).toBe(5);
  for (let warmUp = 0; warmUp < 5; warmUp += 1) {
    await (await fetch(`${server.url}/api/health`)).arrayBuffer();
  }
  let done = false;
  // Settles either way, so a server that dies fails the test through the checks that follow.
  const settled = api({ url: server.url, people }, PREVIEW, {
    as: "coordinator",
    method: "POST",
    body: new Uint8Array(file),
    headers: { "Content-Type": DOCX_TYPE },
    signal: AbortSignal.timeout(60_000),
  }).then(
    async (response) => ({ status: response.status, code: ((await response.json()) as { error?: { code: string } }).error?.code ?? "" }),
    (error: unknown) => ({ status: 0, code: String(error) }),
  );
  void settled.finally(() => (done = true));
  const healthTimes: number[] = [];
  while (!done) {
    const started = performance.now();
    const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(60_000) }).catch(() => null);
    healthTimes.push(health?.status === 200 ? performance.now() - started : Infinity);
    await health?.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { ...(await settled), healthTimes, url: server.url };
}

describe("import limits against a decompression bomb", () => {
  it("refuses a 200 kB DOCX holding 60 MB of XML with 413, and keeps answering everyone meanwhile", async () => {
    const bomb = docxBomb(60);
    expect(bomb.length).toBeLessThan(1024 * 1024);

    const { status, code, healthTimes, url } = await uploadWhileWatchingHealth(bomb);

    expect({ status, code }).toEqual({ status: 413, code: "import_too_large" });
    expect(Math.max(...healthTimes)).toBeLessThan(200);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  }, 90_000);

  it("refuses one whose directory lies about how far it inflates, on the import thread, answering everyone meanwhile", async () => {
    const bomb = lyingAboutItsSize(docxBomb(60));

    const { status, code, healthTimes, url } = await uploadWhileWatchingHealth(bomb);

    expect({ status, code }).toEqual({ status: 413, code: "import_too_large" });
    expect(Math.max(...healthTimes)).toBeLessThan(200);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  }, 90_000);
});
