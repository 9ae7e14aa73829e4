/**
 * Limits on what an import may cost the server. A file past any of them is refused with 413
 * `import_too_large` before it can fill memory or hold a core: Word files are ZIP archives whose
 * parts are checked before anything is inflated, and every file is read off the main thread.
 */
const MEBIBYTE = 1024 * 1024;

/** The largest uploaded file (the request body) an import accepts. */
export const MAX_IMPORT_FILE_BYTES = 20 * MEBIBYTE;

/** The most entries a ZIP archive (a .docx) may hold; Word writes a few dozen. */
export const MAX_ZIP_ENTRIES = 1_000;

/** The most all of an archive's entries may add up to once inflated. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 48 * MEBIBYTE;

/**
 * The most an entry may inflate to, as a multiple of its compressed size (entries of under
 * `ZIP_RATIO_FLOOR_BYTES` inflated are exempt). Word's XML shrinks about 5 to 20 times; a
 * decompression bomb's repeated markup several hundred times.
 */
export const MAX_ZIP_RATIO = 100;

/** Entries smaller than this once inflated are never refused for their ratio. */
export const ZIP_RATIO_FLOOR_BYTES = MEBIBYTE;

/** The largest single XML part of an archive (a .docx's `word/document.xml`), inflated. */
export const MAX_XML_PART_BYTES = 24 * MEBIBYTE;

/** The deepest nesting of elements an XML part may have; Word's own stays under 30. */
export const MAX_XML_DEPTH = 256;

/** How long reading one file (unzip, parse, convert) may take before it is stopped. */
export const IMPORT_TIMEOUT_MS = 30_000;

/** The heap one file's reading may use, in MB (the worker thread's old generation). */
export const IMPORT_HEAP_MB = 256;

/** How many files are read at once; more wait their turn, up to `MAX_IMPORTS_WAITING`. */
export const MAX_CONCURRENT_IMPORTS = 2;

/** How many imports may wait for a free reader before more are refused (503). */
export const MAX_IMPORTS_WAITING = 8;
