import type { PackageFormatId } from "../../shared/api/exports";
import type { Locale } from "../../shared/i18n/locales";
import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { csvFormat } from "./csvFormat";
import { docxFormat } from "./docxFormat";
import { markdownFormat } from "./markdownFormat";
import { pdfFormat } from "./pdfFormat";
import { xlsxFormat } from "./xlsxFormat";

/** One way to render an organisation's package as a file. */
export interface PackageFormat {
  /** Short name used in URLs and the command line: `json`, `docx`, … */
  id: PackageFormatId;
  /** File name extension, without the dot. */
  extension: string;
  contentType: string;
  /**
   * The file's bytes, its labels in `locale` (the data stays as written). Rendering the same
   * package in the same language twice gives the same bytes.
   */
  render(pkg: SubmissionPackage, locale: Locale): Promise<Buffer>;
}

/** Parley's own JSON package: the versioned schema in `shared/submission/submissionPackage.ts`, importable back; it has no labels, so every language gives the same bytes. */
export const jsonFormat: PackageFormat = {
  id: "json",
  extension: "json",
  contentType: "application/json; charset=utf-8",
  render: (pkg) => Promise.resolve(Buffer.from(`${JSON.stringify(pkg, null, 2)}\n`, "utf8")),
};

/** Every package format, by id. Submitting freezes one file per format, and its receipt names each file's hash. */
export const PACKAGE_FORMATS: ReadonlyMap<PackageFormatId, PackageFormat> = new Map(
  [jsonFormat, docxFormat, pdfFormat, markdownFormat, csvFormat, xlsxFormat].map((format) => [format.id, format]),
);

/** The format with this id; every `PackageFormatId` has one. */
export function packageFormat(id: PackageFormatId): PackageFormat {
  const format = PACKAGE_FORMATS.get(id);
  if (!format) {
    throw new Error(`No package format ${id}`);
  }
  return format;
}
