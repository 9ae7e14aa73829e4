import type { DiffFormat } from "../../shared/api/diffs";
import type { DiffDocument } from "./diffBlocks";
import { diffDocx } from "./diffDocx";
import { diffHtml } from "./diffHtml";
import { diffPdf } from "./diffPdf";

/** One file format a report diff downloads as. */
export interface DiffExport {
  contentType: string;
  /** The same diff always gives the same bytes. */
  render(document: DiffDocument): Promise<Buffer>;
}

/** Every diff format: Word with tracked changes, a self-contained web page, PDF. */
export const DIFF_EXPORTS: Record<DiffFormat, DiffExport> = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: diffDocx },
  html: { contentType: "text/html; charset=utf-8", render: (document) => Promise.resolve(Buffer.from(diffHtml(document), "utf8")) },
  pdf: { contentType: "application/pdf", render: diffPdf },
};
