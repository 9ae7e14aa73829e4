import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { isRightToLeftLocale, type Locale } from "../../shared/i18n/locales";
import { COMMENT_TABLE_COLUMNS, type CommentTableRow } from "./commentTable";
import { exportLabels } from "./labels/exportLabels";
import { stableZip } from "./stableZip";
import { isRightToLeft } from "./textDirection";
import { addTextSheet, packageWorkbook, workbookBytes } from "./xlsxFormat";

/** What both matrix files state about themselves. */
export interface MatrixInfo {
  consultationTitle: string;
  /** Whose file it is: the coalition, never a person. */
  author: string;
  at: Date;
  draft: boolean;
  /** The language of the title and the column headers. */
  locale: Locale;
}

/**
 * A table cell of plain lines; the table's small type comes from the document's default style, not
 * from every run. Header cells (`label`) run in the file's language's direction, data cells in
 * their own letters' direction.
 */
function cell(text: string, options: { label?: boolean; rightToLeft?: boolean } = {}): TableCell {
  const { label = false } = options;
  return new TableCell({
    children: text.split("\n").map((line) => {
      const rightToLeft = label ? (options.rightToLeft ?? false) : isRightToLeft(line);
      return label || rightToLeft ? new Paragraph({ bidirectional: rightToLeft, children: [new TextRun({ text: line, bold: label })] }) : new Paragraph(line);
    }),
  });
}

/** Within a paragraph's group of rows, its text is shown once, on the first row. */
function groupedValue(rows: readonly CommentTableRow[], index: number, key: keyof CommentTableRow): string {
  const row = rows[index] as CommentTableRow;
  const previous = rows[index - 1];
  const sameParagraph = previous !== undefined && previous.paragraph === row.paragraph && previous.section === row.section;
  return key === "paragraphText" && sameParagraph ? "" : row[key];
}

/** The compiled comment matrix as a Word table, landscape, one row per comment; in Arabic the table runs from the right. */
export async function matrixDocx(rows: readonly CommentTableRow[], info: MatrixInfo): Promise<Buffer> {
  const labels = exportLabels(info.locale);
  const rightToLeft = isRightToLeftLocale(info.locale);
  const header = new TableRow({ tableHeader: true, children: COMMENT_TABLE_COLUMNS.map((column) => cell(labels.matrix.columns[column.key], { label: true, rightToLeft })) });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: rightToLeft || undefined,
    rows: [header, ...rows.map((row, index) => new TableRow({ children: COMMENT_TABLE_COLUMNS.map((column) => cell(groupedValue(rows, index, column.key))) }))],
  });
  const title = labels.matrix.title(info.consultationTitle, info.draft);
  const document = new Document({
    creator: info.author,
    lastModifiedBy: info.author,
    title,
    revision: 1,
    styles: { default: { document: { run: { size: 18 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: rightToLeft || undefined, children: [new TextRun(title)] }), table],
      },
    ],
  });
  return stableZip(await Packer.toBuffer(document), info.at);
}

/** The compiled comment matrix as a workbook with the same columns. */
export async function matrixXlsx(rows: readonly CommentTableRow[], info: MatrixInfo): Promise<Buffer> {
  const labels = exportLabels(info.locale);
  const workbook = await packageWorkbook(info.author, info.at, labels.matrix.title(info.consultationTitle, false));
  addTextSheet(
    workbook,
    labels.matrix.sheet,
    COMMENT_TABLE_COLUMNS.map(({ key, width }) => ({ header: labels.matrix.columns[key], width })),
    rows.map((row) => COMMENT_TABLE_COLUMNS.map((column) => row[column.key])),
    info.locale,
  );
  return workbookBytes(workbook, info.at);
}
