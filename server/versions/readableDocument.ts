import type { Consultation } from "../../shared/api/consultations";
import { parseDocumentName, type DocumentName } from "../../shared/collab/documentNames";
import { documentAccess, type DocumentAccessLevel, type Viewer } from "../../shared/permissions";
import { forbidden, notFound } from "../http/HttpError";
import type { ConsultationStore } from "../stores/ConsultationStore";

const LEVELS: DocumentAccessLevel[] = ["none", "read", "write"];

/**
 * The document a versions or diff path names, after checking the caller's access to it (403)
 * and that it is of a kind the route serves and exists (404): a report, or a submission of an
 * organisation taking part.
 */
export function readableDocument(
  consultations: ConsultationStore,
  viewer: Viewer,
  docName: string,
  needed: "read" | "write",
  kinds: readonly DocumentName["kind"][],
): { consultation: Consultation; document: DocumentName } {
  const document = parseDocumentName(docName);
  const level = document ? documentAccess(viewer, document) : "none";
  if (LEVELS.indexOf(level) < LEVELS.indexOf(needed)) {
    throw forbidden(needed === "write" ? "You may not change this document." : "You may not read this document.");
  }
  const consultation = document ? consultations.get(document.consultationId) : null;
  const takesPart = document?.kind !== "submission" || consultation?.organisations.some((organisation) => organisation.id === document.organisationId);
  if (!document || !kinds.includes(document.kind) || !consultation || !takesPart) {
    throw notFound(`No ${kinds.join(" or ")} document "${docName}".`);
  }
  return { consultation, document };
}
