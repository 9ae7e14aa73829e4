import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { reportDocumentName } from "../../shared/collab/documentNames";
import { REPORT_FIELD } from "../../shared/collab/fields";
import { textOf, type ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import type { DocumentStore } from "../stores/DocumentStore";
import { VersionStore } from "../stores/VersionStore";
import { demoReportJson } from "./demoReportJson";

const DAY = 24 * 60 * 60 * 1000;

/** Wording the zero draft replaced, in the pre-draft's own words. */
const EARLIER_WORDING: Record<string, string> = {
  "para-a-2":
    "Delegations engaged in the work constructively and acknowledged that no State can secure the digital environment alone. The report therefore records areas of agreement and notes where views continue to differ.",
  "para-c-14":
    "The working group noted the number of national positions on the application of international law that some States have published, observing that such statements can enhance predictability. Other States were encouraged to share their views.",
  "para-e-23":
    "The working group took note of proposals to establish a global directory of points of contact at the diplomatic and technical levels. Delegations stressed that the directory will only be useful if its entries are kept up to date.",
  "para-h-40":
    "The working group recommends that the General Assembly consider the establishment of a mechanism for regular institutional dialogue with the participation of other stakeholders. It also recommends that States continue to engage constructively to ensure an open, secure, stable, accessible and peaceful digital environment.",
};

/** Paragraphs of the pre-draft that the zero draft dropped, each after the paragraph it followed. */
const DROPPED: { after: string; id: string; text: string }[] = [
  {
    after: "para-b-10",
    id: "pre-b-glossary",
    text: "Some delegations suggested that the working group compile a common glossary of technical terms, so that threat assessments prepared by different States can be compared more easily.",
  },
  {
    after: "para-e-26",
    id: "pre-e-annual-report",
    text: "A few States proposed that the Secretariat prepare an annual report on the use of the directory of points of contact and circulate it to all Member States before each session.",
  },
];

/** Paragraphs the zero draft added. */
const ADDED_LATER = new Set(["para-b-9", "para-f-30"]);

const paragraph = (id: string, text: string): ProseMirrorJson => ({ type: "paragraph", attrs: { id }, content: [{ type: "text", text }] });
const idOf = (block: ProseMirrorJson) => block.attrs?.id;

/**
 * The initial pre-draft, as the zero draft's earlier state: four paragraphs worded differently,
 * two it lacked, two it had that were later dropped, the paragraph on stakeholders still in the
 * introduction, paragraphs 32 and 33 still one paragraph, and section F under an older title.
 */
export function preDraftJson(): ProseMirrorJson {
  const blocks = demoReportJson().content ?? [];
  const stakeholders = blocks.find((block) => idOf(block) === "para-g-34");
  const splitTail = blocks.find((block) => idOf(block) === "para-g-33");
  const result: ProseMirrorJson[] = [];
  for (const block of blocks) {
    const id = String(idOf(block));
    if (ADDED_LATER.has(id) || id === "para-g-34" || id === "para-g-33") {
      continue;
    }
    if (id === "section-f") {
      result.push({ ...block, content: [{ type: "text", text: "F. Capacity building and cooperation" }] });
    } else if (id === "para-g-32" && splitTail) {
      result.push(paragraph(id, `${textOf(block)} ${textOf(splitTail)}`));
    } else {
      result.push(EARLIER_WORDING[id] ? paragraph(id, EARLIER_WORDING[id]) : block);
    }
    if (id === "para-a-4" && stakeholders) {
      result.push(stakeholders);
    }
    result.push(...DROPPED.filter((dropped) => dropped.after === id).map((dropped) => paragraph(dropped.id, dropped.text)));
  }
  return { type: "doc", content: result };
}

/**
 * Gives the demo report two saved versions: "Initial pre-draft" two weeks ago and "Zero draft"
 * (the report as it is now) two days ago.
 */
export function seedDemoVersions(documents: DocumentStore, consultationId: string, now: Date): void {
  const versions = new VersionStore(documents.db);
  const documentName = reportDocumentName(consultationId);
  const preDraft = prosemirrorJSONToYDoc(getSchema(reportExtensions()), preDraftJson(), REPORT_FIELD);
  const zeroDraft = documents.load(documentName).state ?? new Uint8Array();
  const saved = { documentName, createdBy: null };
  versions.insert({
    ...saved,
    kind: "import",
    name: "Initial pre-draft",
    note: "The secretariat's first text, as circulated for the first informal meeting.",
    createdAt: new Date(now.getTime() - 14 * DAY),
    state: Y.encodeStateAsUpdate(preDraft),
  });
  versions.insert({
    ...saved,
    kind: "manual",
    name: "Zero draft",
    note: "Revised after the first round of informal consultations.",
    createdAt: new Date(now.getTime() - 2 * DAY),
    state: zeroDraft,
  });
  preDraft.destroy();
}
