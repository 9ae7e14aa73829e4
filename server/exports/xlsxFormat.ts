import ExcelJS from "exceljs";
import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { PackageFormat } from "./packageFormats";
import { asOfText, deadlineText } from "./packageLabels";
import { PACKAGE_COLUMNS, packageRows } from "./packageRows";
import { safeCell } from "./spreadsheetCell";
import { stableZip } from "./stableZip";

/** A workbook whose properties name the organisation only, dated by the package. */
export function packageWorkbook(authorName: string, at: Date, title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = authorName;
  workbook.lastModifiedBy = authorName;
  workbook.created = at;
  workbook.modified = at;
  workbook.title = title;
  return workbook;
}

/** Adds a sheet of text rows with a bold, frozen header; every value goes through `safeCell`. */
export function addTextSheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[], rows: string[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map(safeCell)).alignment = { wrapText: true, vertical: "top" };
  }
  return sheet;
}

/** Writes a workbook as XLSX bytes that depend on its content only. */
export async function workbookBytes(workbook: ExcelJS.Workbook, at: Date): Promise<Buffer> {
  return stableZip(Buffer.from(await workbook.xlsx.writeBuffer()), at);
}

const WIDTHS: Record<string, number> = { paragraphText: 60, comment: 60, proposedText: 60, quote: 30, discussion: 40, organisation: 24 };

/** The package as a workbook: a "Comments" sheet, one row per comment, and an "About" sheet. */
export async function renderXlsx(pkg: SubmissionPackage): Promise<Buffer> {
  const at = new Date(pkg.asOf);
  const workbook = packageWorkbook(pkg.organisation.name, at, `${pkg.consultation.title}: ${pkg.organisation.name}`);
  addTextSheet(
    workbook,
    "Comments",
    PACKAGE_COLUMNS.map((column) => ({ header: column.header, width: WIDTHS[column.key] ?? 14 })),
    packageRows(pkg).map((row) => PACKAGE_COLUMNS.map((column) => row[column.key])),
  );
  addTextSheet(workbook, "About", [{ header: "Field", width: 20 }, { header: "Value", width: 80 }], [
    ["State", pkg.state === "draft" ? "DRAFT: not submitted" : "Submitted"],
    ["Consultation", pkg.consultation.title],
    ["Organisation", pkg.organisation.name],
    ["Date", asOfText(pkg)],
    ["Deadline", deadlineText(pkg)],
    ["Cover note", pkg.coverNote],
    ["General remarks", pkg.generalRemarks],
  ]);
  return workbookBytes(workbook, at);
}

export const xlsxFormat: PackageFormat = {
  id: "xlsx",
  extension: "xlsx",
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  render: renderXlsx,
};
