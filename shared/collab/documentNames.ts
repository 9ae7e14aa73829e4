/** Identifiers of consultations and organisations: lowercase letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A parsed document name: which Yjs document a connection is about. */
export type DocumentName =
  | { kind: "report"; consultationId: string }
  | { kind: "submission"; consultationId: string; organisationId: string };

/** The name of a consultation's report document: `report:<consultationId>`. */
export function reportDocumentName(consultationId: string): string {
  return `report:${consultationId}`;
}

/** The name of an organisation's submission: `submission:<consultationId>:<organisationId>`. */
export function submissionDocumentName(consultationId: string, organisationId: string): string {
  return `submission:${consultationId}:${organisationId}`;
}

/** Parses a document name, or returns null when it is not one Parley knows. */
export function parseDocumentName(name: string): DocumentName | null {
  const parts = name.split(":");
  if (!parts.every((part) => ID_PATTERN.test(part))) {
    return null;
  }
  const [kind, consultationId, organisationId] = parts;
  if (kind === "report" && parts.length === 2 && consultationId) {
    return { kind, consultationId };
  }
  if (kind === "submission" && parts.length === 3 && consultationId && organisationId) {
    return { kind, consultationId, organisationId };
  }
  return null;
}
