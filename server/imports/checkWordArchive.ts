import zlib from "node:zlib";
import { MAX_XML_DEPTH, MAX_XML_PART_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO, MAX_ZIP_UNCOMPRESSED_BYTES, ZIP_RATIO_FLOOR_BYTES } from "../../shared/limits";
import { ImportError } from "./ImportedBlock";
import { xmlDepth } from "./xmlDepth";
import { zipDirectory, type ZipEntry } from "./zipDirectory";

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function tooLarge(detail: string): ImportError {
  return new ImportError(413, `The document is too large for Parley to read: ${detail}.`);
}

function isXml(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/** Checks the sizes every entry claims, before anything is inflated. */
function checkDeclared(entries: ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
      throw tooLarge(`its parts add up to more than ${MAX_ZIP_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
    }
    if (entry.uncompressedSize > ZIP_RATIO_FLOOR_BYTES && entry.uncompressedSize > MAX_ZIP_RATIO * Math.max(entry.compressedSize, 1)) {
      throw tooLarge(`"${entry.name}" inflates more than ${MAX_ZIP_RATIO} times`);
    }
    if (isXml(entry.name) && entry.uncompressedSize > MAX_XML_PART_BYTES) {
      throw tooLarge(`"${entry.name}" is larger than ${MAX_XML_PART_BYTES / 1024 / 1024} MB`);
    }
  }
}

/** Inflates one entry, never past the size it claims: an archive that lies about a size is refused. */
function inflate(bytes: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) {
    throw new ImportError(400, "The document could not be read: it is not a valid ZIP archive.");
  }
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    return data;
  }
  if (entry.method !== DEFLATED) {
    throw new ImportError(400, `The document could not be read: "${entry.name}" uses a compression Parley does not read.`);
  }
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if (error instanceof RangeError) {
      throw tooLarge(`"${entry.name}" inflates to more than it declares`);
    }
    throw new ImportError(400, `The document could not be read: "${entry.name}" is damaged.`);
  }
}

/**
 * The cheap half of the checks, reading only the archive's directory (no inflating): the number
 * of parts and the sizes they claim. The server runs it before starting a thread for the file.
 */
export function checkArchiveDirectory(bytes: Buffer): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = zipDirectory(bytes, MAX_ZIP_ENTRIES);
  } catch (error) {
    // A directory pointing past the file's end reads out of range: the archive is broken, not large.
    if (error instanceof ImportError) {
      throw error;
    }
    throw new ImportError(400, "The document could not be read: it is not a valid ZIP archive.");
  }
  checkDeclared(entries);
  return entries;
}

/**
 * Refuses a .docx (any ZIP) past Parley's limits (shared/limits.ts) before a parser sees it: the
 * number of parts and the sizes they claim first, then each part inflated no further than it
 * claims, and every XML part's nesting depth.
 */
export function checkWordArchive(bytes: Buffer): void {
  for (const entry of checkArchiveDirectory(bytes)) {
    const inflated = inflate(bytes, entry);
    if (isXml(entry.name) && xmlDepth(inflated, MAX_XML_DEPTH) > MAX_XML_DEPTH) {
      throw tooLarge(`"${entry.name}" nests elements more than ${MAX_XML_DEPTH} deep`);
    }
  }
}
