/** Characters that make a spreadsheet read a cell as a formula (or hide a formula behind a control character). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell value that no spreadsheet will ever evaluate: text starting like a formula gets a
 * leading apostrophe, the convention Excel, LibreOffice and Sheets show as plain text.
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
