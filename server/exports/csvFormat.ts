import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { PackageFormat } from "./packageFormats";
import { PACKAGE_COLUMNS, packageRows } from "./packageRows";
import { safeCell } from "./spreadsheetCell";

function field(value: string): string {
  return `"${safeCell(value).replaceAll('"', '""')}"`;
}

/** RFC 4180 CSV, UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), CRLF lines, every field quoted. */
export function renderCsv(pkg: SubmissionPackage): string {
  const header = ["State", ...PACKAGE_COLUMNS.map((column) => column.header)];
  const rows = packageRows(pkg).map((row) => [pkg.state, ...PACKAGE_COLUMNS.map((column) => row[column.key])]);
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(field).join(",")).join("\r\n")}\r\n`;
}

export const csvFormat: PackageFormat = {
  id: "csv",
  extension: "csv",
  contentType: "text/csv; charset=utf-8",
  render: (pkg) => Promise.resolve(Buffer.from(renderCsv(pkg), "utf8")),
};
