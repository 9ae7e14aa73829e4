import type { IncomingMessage } from "node:http";
import { CloseCode } from "../../shared/collab/closeCodes";
import type { DocumentName } from "../../shared/collab/documentNames";
import type { ConsultationStore } from "../stores/ConsultationStore";

/** Whether a connection may open a document, and whether it may change it. */
export type AccessDecision = { ok: true; canWrite: boolean } | { ok: false; code: CloseCode; reason: string };

/** Decides, on every connection, who may read or write which document. */
export type DocumentAccess = (request: IncomingMessage, document: DocumentName) => AccessDecision;

/** Admits connections to documents that exist: the report of a consultation, or the submission of an organisation taking part in it. */
export function existingDocumentAccess(consultations: ConsultationStore): DocumentAccess {
  return (_request, document) => {
    if (!consultations.exists(document.consultationId)) {
      return { ok: false, code: CloseCode.documentNotFound, reason: "no such consultation" };
    }
    if (document.kind === "submission" && !consultations.participates(document.consultationId, document.organisationId)) {
      return { ok: false, code: CloseCode.documentNotFound, reason: "organisation does not take part in this consultation" };
    }
    return { ok: true, canWrite: true };
  };
}
