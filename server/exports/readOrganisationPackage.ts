import type * as Y from "yjs";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import { reportDocumentName, submissionDocumentName } from "../../shared/collab/documentNames";
import { paragraphs, type Paragraph } from "../../shared/paragraphs";
import { buildSubmissionPackage, type SubmissionPackage } from "../../shared/submission/submissionPackage";
import { reportJson } from "../collab/reportJson";
import { packageSource } from "./readPackageSource";

/** Reads a document by name without keeping it: `DocumentRooms.read`, or the store for the command line. */
export type DocumentReader = <T>(name: string, read: (doc: Y.Doc) => T) => T;

/** The report's numbered paragraphs as they stand. */
export function readReport(read: DocumentReader, consultation: Consultation): Paragraph[] {
  return read(reportDocumentName(consultation.id), (doc) => paragraphs(reportJson(doc), consultation.numbering));
}

/** An organisation's current draft package, marked as a draft and dated `asOf`. */
export function readDraftPackage(
  read: DocumentReader,
  consultation: Consultation,
  organisation: Organisation,
  options: { includeDiscussion: boolean; asOf: Date; report?: readonly Paragraph[] },
): SubmissionPackage {
  const report = options.report ?? readReport(read, consultation);
  return read(submissionDocumentName(consultation.id, organisation.id), (doc) =>
    buildSubmissionPackage({ ...packageSource(doc, consultation, organisation, report, "draft", options.asOf), includeDiscussion: options.includeDiscussion }),
  );
}
