import type { Consultation } from "../../shared/api/consultations";
import type { ImportResult, ReportImportPreview } from "../../shared/api/exports";
import { reportDocumentName } from "../../shared/collab/documentNames";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import type { DocumentRooms } from "../collab/DocumentRooms";
import type { Versions } from "../versions/Versions";
import { replaceReport } from "../versions/replaceReport";
import type { ImportReaders } from "./ImportReaders";
import { keepParagraphIds } from "./keepParagraphIds";
import { importMapping } from "./importMapping";
import { readReportParagraphs, readSubmissions } from "../collab/readSubmissions";

type UploadedFile = { bytes: Buffer; fileName: string; contentType: string | undefined };

/**
 * Reads the file and pairs its paragraphs with the current report's by their text
 * (`keepParagraphIds`): the report to write and what it does to every paragraph and comment.
 */
export async function previewReportImport(
  { rooms, readers }: { rooms: DocumentRooms; readers: ImportReaders },
  consultation: Consultation,
  file: UploadedFile,
): Promise<{ json: ProseMirrorJson; preview: ReportImportPreview }> {
  const read = await readers.read(file.bytes, file.fileName, file.contentType, consultation.numbering);
  const { json, fates } = keepParagraphIds(read.json, readReportParagraphs(rooms, consultation), consultation.numbering);
  return { json, preview: { ...read.preview, mapping: importMapping(fates, readSubmissions(rooms, consultation)) } };
}

/**
 * Replaces a consultation's report text with an uploaded file's, all or nothing: the file is
 * read and checked completely first; paragraphs keep the stable id of the current paragraph
 * whose text they continue, so comments follow their words and never land on unrelated text;
 * the text it replaces is saved as a version ("Before import"), the new text goes through the
 * live room so it is stored before connected editors receive it, and the result is saved as a
 * version too.
 */
export async function importReport(
  deps: { rooms: DocumentRooms; versions: Versions; readers: ImportReaders },
  consultation: Consultation,
  file: UploadedFile,
  personId: string | null,
): Promise<ImportResult> {
  const { json, preview } = await previewReportImport(deps, consultation, file);
  const documentName = reportDocumentName(consultation.id);
  const source = file.fileName ? `“${file.fileName}”` : "an uploaded file";
  deps.versions.saveVersion(documentName, { kind: "import", name: "Before import", note: `Replaced by ${source}`, createdBy: personId });
  deps.rooms.change(documentName, (doc) => replaceReport(doc, json));
  const version = deps.versions.saveVersion(documentName, { kind: "import", name: `Imported ${source}`, note: `${preview.paragraphCount} paragraphs`, createdBy: personId });
  return { ...preview, versionId: version.id };
}
