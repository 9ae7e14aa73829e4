import { ImportError } from "./ImportedBlock";

/** One entry of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 (stored) or 8 (deflated); anything else is refused when read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH_BYTES = 22 + 0xffff;
/** Marks a ZIP64 field: sizes past 4 GB, never needed by a file Parley accepts. */
const ZIP64 = 0xffffffff;

function broken(): ImportError {
  return new ImportError(400, "The Word document could not be read: it is not a valid ZIP archive.");
}

/**
 * Lists a ZIP archive's entries from its central directory alone, without inflating anything,
 * so their count and sizes can be checked first. The sizes are what the archive claims; reading
 * an entry checks the claim.
 */
export function zipDirectory(bytes: Buffer, maxEntries: number): ZipEntry[] {
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_SEARCH_BYTES); offset -= 1) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) {
    throw broken();
  }
  const count = bytes.readUInt16LE(end + 10);
  if (count > maxEntries || count === 0xffff) {
    throw new ImportError(413, `The Word document holds more than ${maxEntries} parts; Parley does not read it.`);
  }
  const entries: ZipEntry[] = [];
  let offset = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw broken();
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      name: bytes.toString("utf8", offset + 46, offset + 46 + nameLength),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    };
    if (entry.compressedSize === ZIP64 || entry.uncompressedSize === ZIP64 || entry.localHeaderOffset === ZIP64) {
      throw new ImportError(413, "The Word document is too large for Parley to read.");
    }
    entries.push(entry);
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}
