import * as Y from "yjs";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import type { Paragraph } from "../../shared/paragraphs";
import { fragmentText, readComments, submissionText } from "../../shared/submission/submissionDoc";
import type { PackageSource } from "../../shared/submission/submissionPackage";

/** Reads what a package needs from a submission document, live or rebuilt from a frozen state. */
export function packageSource(
  doc: Y.Doc,
  consultation: Consultation,
  organisation: Organisation,
  report: readonly Paragraph[],
  state: PackageSource["state"],
  asOf: Date,
): PackageSource {
  return {
    consultation: { id: consultation.id, title: consultation.title, deadline: consultation.deadline },
    organisation: { id: organisation.id, name: organisation.name },
    report,
    comments: readComments(doc),
    generalRemarks: fragmentText(submissionText(doc, "general")),
    coverNote: fragmentText(submissionText(doc, "cover")),
    state,
    asOf,
  };
}

/** A submission document rebuilt from a frozen state, for packages of submitted versions. */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
