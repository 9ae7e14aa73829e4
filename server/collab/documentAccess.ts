import type { IncomingMessage } from "node:http";
import { CloseCode } from "../../shared/collab/closeCodes";
import type { DocumentName } from "../../shared/collab/documentNames";
import { documentAccess, type DocumentAccessLevel } from "../../shared/permissions";
import { authenticate, sameOrigin, type AuthenticateDeps } from "../auth/authenticate";
import { hashSecret } from "../auth/secrets";
import type { ConsultationStore } from "../stores/ConsultationStore";

/** Whether a connection may open a document, and whether it may change it. */
export type AccessDecision =
  | { ok: true; canWrite: boolean; personId: string; sessionId: string | null; tokenId: string | null }
  | { ok: false; code: CloseCode; reason: string };

/** The sync server's gate: admits connections, and re-checks people whose roles changed. */
export interface DocumentGate {
  admit(request: IncomingMessage, document: DocumentName): AccessDecision;
  levelFor(personId: string, document: DocumentName): DocumentAccessLevel;
}

export interface DocumentGateDeps extends AuthenticateDeps {
  consultations: ConsultationStore;
}

function exists(consultations: ConsultationStore, document: DocumentName): boolean {
  if (!consultations.exists(document.consultationId)) {
    return false;
  }
  return document.kind === "report" || consultations.participates(document.consultationId, document.organisationId);
}

/**
 * Authenticates (session cookie, or an API token for scripts), then authorises by the shared
 * permission table, and only then tells whether the document exists, so that nobody learns
 * which consultations or organisations exist without being allowed to.
 */
export function documentGate(deps: DocumentGateDeps): DocumentGate {
  const levelFor = (personId: string, document: DocumentName) => documentAccess(deps.people.viewer(personId), document);
  return {
    levelFor,
    admit(request, document) {
      if (!sameOrigin(request)) {
        return { ok: false, code: CloseCode.forbidden, reason: "cross-site connection refused" };
      }
      const auth = authenticate(request, deps, true);
      if (!auth) {
        return { ok: false, code: CloseCode.unauthenticated, reason: "sign in first" };
      }
      const level = documentAccess(auth.viewer, document);
      if (level === "none") {
        return { ok: false, code: CloseCode.forbidden, reason: "you may not open this document" };
      }
      if (!exists(deps.consultations, document)) {
        return { ok: false, code: CloseCode.documentNotFound, reason: "no such consultation or organisation" };
      }
      const sessionId = auth.sessionSecret ? hashSecret(auth.sessionSecret) : null;
      return { ok: true, canWrite: level === "write", personId: auth.viewer.personId, sessionId, tokenId: auth.tokenId };
    },
  };
}
