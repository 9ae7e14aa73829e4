import { z } from "zod";
import { parseDocumentName } from "../collab/documentNames";
import { Paragraph } from "../paragraphs";

/** Path parameters naming one Yjs document. */
export const DocumentParams = z.object({
  /** `report:<consultationId>` or `submission:<consultationId>:<organisationId>`. */
  docName: z.string().refine((name) => parseDocumentName(name) !== null, "is not a Parley document name"),
});
export type DocumentParams = z.infer<typeof DocumentParams>;

/** `GET /api/docs/:docName/paragraphs`. */
export const DocumentParagraphs = z.object({
  /** The document's name. */
  document: z.string(),
  /** Its numbered paragraphs, in order. */
  paragraphs: z.array(Paragraph),
});
export type DocumentParagraphs = z.infer<typeof DocumentParagraphs>;
