import JSZip from "jszip";

/** Core-properties timestamps a writer stamps with the clock. */
const TIMESTAMP = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * Rewrites an Office file (a ZIP) so the same content always gives the same bytes: every entry
 * dated `at`, in the original order, with the core properties' created and modified set to `at`.
 */
export async function stableZip(bytes: Buffer | Uint8Array | ArrayBuffer, at: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const stamp = `${at.toISOString().slice(0, 19)}Z`;
  for (const entry of Object.values(source.files)) {
    if (entry.dir) {
      continue;
    }
    if (entry.name === "docProps/core.xml") {
      const xml = (await entry.async("string")).replace(TIMESTAMP, `$1${stamp}$2`);
      target.file(entry.name, xml, { date: at, createFolders: false });
      continue;
    }
    target.file(entry.name, await entry.async("uint8array"), { date: at, createFolders: false });
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 }});
}
