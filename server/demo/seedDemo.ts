import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { reportDocumentName } from "../../shared/collab/documentNames";
import { REPORT_FIELD } from "../../shared/collab/fields";
import { nextDeadline } from "../../shared/deadline";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import type { ConsultationStore } from "../stores/ConsultationStore";
import type { DocumentStore } from "../stores/DocumentStore";
import { demoReportJson } from "./demoReportJson";
import { seedDemoVersions } from "./demoVersions";

export const DEMO_CONSULTATION_ID = "ict-security";

const DEMO_ORGANISATIONS = [
  { id: "open-networks", name: "Open Networks Alliance" },
  { id: "digital-rights", name: "Digital Rights Collective" },
  { id: "industry-forum", name: "Industry Forum for Cyber Stability" },
];

/** Seeds the demo consultation, its organisations and its draft report into an empty store. */
export function seedDemo(consultations: ConsultationStore, documents: DocumentStore, now = new Date()): boolean {
  if (!consultations.isEmpty()) {
    return false;
  }
  consultations.create(
    {
      id: DEMO_CONSULTATION_ID,
      title: "Initial pre-draft: consultation on the draft report",
      description:
        "The working group invites written comments on its initial pre-draft. Organisations may comment on any numbered paragraph, propose amendments and add general remarks.",
      deadline: nextDeadline(4, 3, "23:59", "America/New_York", now),
      numbering: "continuous",
      state: "open",
    },
    DEMO_ORGANISATIONS,
  );
  const doc = prosemirrorJSONToYDoc(getSchema(reportExtensions()), demoReportJson(), REPORT_FIELD);
  documents.compact(reportDocumentName(DEMO_CONSULTATION_ID), Y.encodeStateAsUpdate(doc), 0);
  seedDemoVersions(documents, DEMO_CONSULTATION_ID, now);
  doc.destroy();
  return true;
}
