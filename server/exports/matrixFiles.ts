import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { COMMENT_TABLE_COLUMNS, type CommentTableRow } from "./commentTable";
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
}

/** A table cell of plain lines; the table's small type comes from the document's default style, not from every run. */
function cell(text: string, bold = false): TableCell {
  return new TableCell({
    children: text
      .split("\n")
      .map((line) => (bold || isRightToLeft(line) ? new Paragraph({ bidirectional: isRightToLeft(line), children: [new TextRun({ text: line, bold })] }) : new Paragraph(line))),
  });
}

/** Within a paragraph's group of rows, its text is shown once, on the first row. */
function groupedValue(rows: readonly CommentTableRow[], index: number, key: keyof CommentTableRow): string {
  const row = rows[index] as CommentTableRow;
  const previous = rows[index - 1];
  const sameParagraph = previous !== undefined && previous.paragraph === row.paragraph && previous.section === row.section;
  return key === "paragraphText" && sameParagraph ? "" : row[key];
}

/** The compiled comment matrix as a Word table, landscape, one row per comment. */
export async function matrixDocx(rows: readonly CommentTableRow[], info: MatrixInfo): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: COMMENT_TABLE_COLUMNS.map((column) => cell(column.header, true)) });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...rows.map((row, index) => new TableRow({ children: COMMENT_TABLE_COLUMNS.map((column) => cell(groupedValue(rows, index, column.key))) }))],
  });
  const title = `Comment matrix: ${info.consultationTitle}${info.draft ? " (DRAFT)" : ""}`;
  const document = new Document({
    creator: info.author,
    lastModifiedBy: info.author,
    title,
    revision: 1,
    styles: { default: { document: { run: { size: 18 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }), table],
      },
    ],
  });
  return stableZip(await Packer.toBuffer(document), info.at);
}

/** The compiled comment matrix as a workbook with the same columns. */
export async function matrixXlsx(rows: readonly CommentTableRow[], info: MatrixInfo): Promise<Buffer> {
  const workbook = packageWorkbook(info.author, info.at, `Comment matrix: ${info.consultationTitle}`);
  addTextSheet(
    workbook,
    "Comment matrix",
    COMMENT_TABLE_COLUMNS.map(({ header, width }) => ({ header, width })),
    rows.map((row) => COMMENT_TABLE_COLUMNS.map((column) => row[column.key])),
  );
  return workbookBytes(workbook, info.at);
}
