import { useState } from "react";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { documentAccess, type DocumentAccessLevel, type Viewer } from "../../shared/permissions";

export interface SubmissionChoice {
  /** The organisations whose submission this person may open, own ones first. */
  organisations: Organisation[];
  selected: Organisation | null;
  select: (organisationId: string) => void;
  documentName: string | null;
  access: DocumentAccessLevel;
}

/** Which organisation's submission sits beside the report: the person's own, or one a coordinator picks. */
export function useSubmissionChoice(consultation: Consultation, viewer: Viewer): SubmissionChoice {
  const accessTo = (organisation: Organisation) =>
    documentAccess(viewer, { kind: "submission", consultationId: consultation.id, organisationId: organisation.id });
  const organisations = consultation.organisations
    .filter((organisation) => accessTo(organisation) !== "none")
    .sort((a, b) => Number(accessTo(b) === "write") - Number(accessTo(a) === "write"));
  const [selectedId, select] = useState<string | null>(null);
  const selected = organisations.find((organisation) => organisation.id === selectedId) ?? organisations[0] ?? null;
  return {
    organisations,
    selected,
    select,
    documentName: selected ? submissionDocumentName(consultation.id, selected.id) : null,
    access: selected ? accessTo(selected) : "none",
  };
}
