import type { Consultation } from "../../shared/api/consultations";
import type { ImportResult } from "../../shared/api/exports";
import { reportDocumentName } from "../../shared/collab/documentNames";
import type { DocumentRooms } from "../collab/DocumentRooms";
import type { Versions } from "../versions/Versions";
import { replaceReport } from "../versions/replaceReport";
import type { ImportReaders } from "./ImportReaders";
import { keepParagraphIds } from "./keepParagraphIds";
import { readReportParagraphs } from "../collab/readSubmissions";

/**
 * Replaces a consultation's report text with an uploaded file's, all or nothing: the file is
 * read and checked completely first; paragraphs keep the stable id of the current paragraph with
 * the same number, so comments stay where they were; the text it replaces is saved as a version ("Before
 * import"), the new text goes through the live room so it is stored before connected editors
 * receive it, and the result is saved as a version too.
 */
export async function importReport(
  deps: { rooms: DocumentRooms; versions: Versions; readers: ImportReaders },
  consultation: Consultation,
  file: { bytes: Buffer; fileName: string; contentType: string | undefined },
  personId: string | null,
): Promise<ImportResult> {
  const read = await deps.readers.read(file.bytes, file.fileName, file.contentType, consultation.numbering);
  const { json } = keepParagraphIds(read.json, readReportParagraphs(deps.rooms, consultation), consultation.numbering);
  const { preview } = read;
  const documentName = reportDocumentName(consultation.id);
  const source = file.fileName ? `“${file.fileName}”` : "an uploaded file";
  deps.versions.saveVersion(documentName, { kind: "import", name: "Before import", note: `Replaced by ${source}`, createdBy: personId });
  deps.rooms.change(documentName, (doc) => replaceReport(doc, json));
  const version = deps.versions.saveVersion(documentName, { kind: "import", name: `Imported ${source}`, note: `${preview.paragraphCount} paragraphs`, createdBy: personId });
  return { ...preview, versionId: version.id };
}
