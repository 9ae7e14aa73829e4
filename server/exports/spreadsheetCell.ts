/** Characters that make a spreadsheet read a cell as a formula (or hide a formula behind a control character). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell value that no spreadsheet will ever evaluate: CSV cells carry no type, so text that
 * starts like a formula gets a leading apostrophe, the convention Excel, LibreOffice and Sheets
 * show as plain text. XLSX needs none: its string cells are never formulas.
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
