import type { Workbook, Worksheet } from "exceljs";
import { isRightToLeftLocale, type Locale } from "../../shared/i18n/locales";
import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { exportLabels } from "./labels/exportLabels";
import type { PackageFormat } from "./packageFormats";
import { coverFields, stateText } from "./packageLabels";
import { PACKAGE_COLUMNS, packageRows } from "./packageRows";
import { stableZip } from "./stableZip";

/**
 * A workbook whose properties name the organisation only, dated by the package. ExcelJS loads on
 * the first spreadsheet, not at every server start (a quarter of a second and some 25 MB).
 */
export async function packageWorkbook(authorName: string, at: Date, title: string): Promise<Workbook> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = authorName;
  workbook.lastModifiedBy = authorName;
  workbook.created = at;
  workbook.modified = at;
  workbook.title = title;
  return workbook;
}

/**
 * Adds a sheet of text rows with a bold, frozen header. Every value is written as a string cell,
 * which a spreadsheet never evaluates, so it keeps its exact text: no apostrophe before "=" (that
 * guard is for CSV, whose cells carry no type). A right-to-left language's sheet runs from the
 * right, its first column at the right edge.
 */
export function addTextSheet(workbook: Workbook, name: string, columns: { header: string; width: number }[], rows: string[][], locale: Locale): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, rightToLeft: isRightToLeftLocale(locale) }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row).alignment = { wrapText: true, vertical: "top" };
  }
  return sheet;
}

/** Writes a workbook as XLSX bytes that depend on its content only. */
export async function workbookBytes(workbook: Workbook, at: Date): Promise<Buffer> {
  return stableZip(Buffer.from(await workbook.xlsx.writeBuffer()), at);
}

const WIDTHS: Record<string, number> = { paragraphText: 60, comment: 60, proposedText: 60, quote: 30, discussion: 40, organisation: 24 };

/** The package as a workbook: a "Comments" sheet, one row per comment, and an "About" sheet. */
export async function renderXlsx(pkg: SubmissionPackage, locale: Locale): Promise<Buffer> {
  const labels = exportLabels(locale);
  const at = new Date(pkg.asOf);
  const workbook = await packageWorkbook(pkg.organisation.name, at, `${pkg.consultation.title}: ${pkg.organisation.name}`);
  addTextSheet(
    workbook,
    labels.sheets.comments,
    PACKAGE_COLUMNS.map((column) => ({ header: labels.columns[column], width: WIDTHS[column] ?? 14 })),
    packageRows(pkg, labels).map((row) => PACKAGE_COLUMNS.map((column) => row[column])),
    locale,
  );
  addTextSheet(
    workbook,
    labels.sheets.about,
    [
      { header: labels.sheets.field, width: 20 },
      { header: labels.sheets.value, width: 80 },
    ],
    [
      [labels.columns.state, stateText(labels, pkg)],
      ...coverFields(labels, pkg),
      [labels.coverNote, pkg.coverNote],
      [labels.generalRemarks, pkg.generalRemarks],
    ],
    locale,
  );
  return workbookBytes(workbook, at);
}

export const xlsxFormat: PackageFormat = {
  id: "xlsx",
  extension: "xlsx",
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  render: renderXlsx,
};
