const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * The deepest element nesting of an XML document, read in one pass over its bytes without
 * parsing it; stops counting (and answers `limit + 1`) as soon as it passes `limit`. Comments,
 * CDATA and processing instructions are skipped, quoted attribute values may hold ">".
 */
export function xmlDepth(bytes: Uint8Array, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  while (index < bytes.length) {
    index = bytes.indexOf(LESS_THAN, index);
    if (index < 0) {
      break;
    }
    const next = bytes[index + 1];
    if (next === BANG || next === QUESTION) {
      index = skipMarkup(bytes, index);
      continue;
    }
    const end = tagEnd(bytes, index + 1);
    if (next === SLASH) {
      depth -= 1;
    } else if (bytes[end - 1] !== SLASH) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) {
          return deepest;
        }
      }
    }
    index = end + 1;
  }
  return deepest;
}

/** The index of the ">" ending a tag that starts before `from`, outside quoted values. */
function tagEnd(bytes: Uint8Array, from: number): number {
  let quote = 0;
  for (let index = from; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (quote) {
      if (byte === quote) {
        quote = 0;
      }
    } else if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) {
      quote = byte;
    } else if (byte === GREATER_THAN) {
      return index;
    }
  }
  return bytes.length;
}

/** The index just past a comment, CDATA section, doctype or processing instruction starting at `start`. */
function skipMarkup(bytes: Uint8Array, start: number): number {
  const opening = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(9, bytes.length - start)).toString("latin1");
  const closing = opening.startsWith("<!--") ? "-->" : opening.startsWith("<![CDATA[") ? "]]>" : ">";
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(closing, start + 2, "latin1");
  return end < 0 ? bytes.length : end + closing.length;
}
