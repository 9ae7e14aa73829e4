/** A block of an imported report before it becomes the editor's schema. Text is plain. */
export type ImportedBlock =
  | { type: "heading"; level: number; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered: boolean; items: string[] }
  | { type: "quote"; paragraphs: string[] }
  /** A footnote: its label as the text cites it ("[3]" cites label "3"), never a numbered paragraph. */
  | { type: "footnote"; label: string; text: string };

/** Why an uploaded file was refused: the HTTP status says whether its kind or its content is wrong. */
export class ImportError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}
