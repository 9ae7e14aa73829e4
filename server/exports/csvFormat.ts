import type { Locale } from "../../shared/i18n/locales";
import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { exportLabels } from "./labels/exportLabels";
import type { PackageFormat } from "./packageFormats";
import { PACKAGE_COLUMNS, packageRows } from "./packageRows";
import { safeCell } from "./spreadsheetCell";

function field(value: string): string {
  return `"${safeCell(value).replaceAll('"', '""')}"`;
}

/** RFC 4180 CSV, UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), CRLF lines, every field quoted. */
export function renderCsv(pkg: SubmissionPackage, locale: Locale): string {
  const labels = exportLabels(locale);
  const header = [labels.columns.state, ...PACKAGE_COLUMNS.map((column) => labels.columns[column])];
  const state = labels.stateWords[pkg.state];
  const rows = packageRows(pkg, labels).map((row) => [state, ...PACKAGE_COLUMNS.map((column) => row[column])]);
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(field).join(",")).join("\r\n")}\r\n`;
}

export const csvFormat: PackageFormat = {
  id: "csv",
  extension: "csv",
  contentType: "text/csv; charset=utf-8",
  render: (pkg, locale) => Promise.resolve(Buffer.from(renderCsv(pkg, locale), "utf8")),
};
