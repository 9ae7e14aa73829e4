import type { Consultation } from "../../shared/api/consultations";
import { reportDocumentName, submissionDocumentName } from "../../shared/collab/documentNames";
import { paragraphs, type Paragraph } from "../../shared/paragraphs";
import type { OrganisationSubmission } from "../../shared/submission/coalition";
import { readEndorsements } from "../../shared/submission/endorsements";
import { readComments } from "../../shared/submission/submissionDoc";
import type { DocumentRooms } from "./DocumentRooms";
import { reportJson } from "./reportJson";

/** The report's paragraphs as they stand, read on the server. */
export function readReportParagraphs(rooms: DocumentRooms, consultation: Consultation): Paragraph[] {
  return rooms.read(reportDocumentName(consultation.id), (doc) => paragraphs(reportJson(doc), consultation.numbering));
}

/** Every participating organisation's comments and endorsements, from live rooms or the store. */
export function readSubmissions(rooms: DocumentRooms, consultation: Consultation): OrganisationSubmission[] {
  return consultation.organisations.map((organisation) =>
    rooms.read(submissionDocumentName(consultation.id, organisation.id), (doc) => ({
      organisationId: organisation.id,
      comments: readComments(doc),
      endorsements: readEndorsements(doc),
    })),
  );
}
