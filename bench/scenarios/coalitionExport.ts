import { performance } from "node:perf_hooks";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { PackageFormatId } from "../../shared/api/exports";
import { reportDocumentName, submissionDocumentName } from "../../shared/collab/documentNames";
import { REPORT_FIELD } from "../../shared/collab/fields";
import { makeDeadline } from "../../shared/deadline";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import { commentFragment, createComment } from "../../shared/submission/submissionDoc";
import { docFromStore } from "../../server/collab/DocumentRoom";
import { openDatabase } from "../../server/db/openDatabase";
import { coalitionExport } from "../../server/exports/coalitionExport";
import type { DocumentReader } from "../../server/exports/readOrganisationPackage";
import { ConsultationStore } from "../../server/stores/ConsultationStore";
import { DocumentStore } from "../../server/stores/DocumentStore";
import { round2 } from "../stats";

export interface CoalitionExportResult {
  paragraphs: number;
  organisations: number;
  comments: number;
  formats: PackageFormatId[];
  /** Wall time of the whole coalition export: reading every document, rendering, the matrix, the ZIP. */
  seconds: number;
  /** CPU time the export used (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Highest resident memory of the bench process during the export, and before it. */
  peakRssMb: number;
  baselineRssMb: number;
  zipMb: number;
}

const WORDS = "states should strengthen cooperation on critical infrastructure protection through regular dialogue points of contact and shared assessments of threats".split(" ");
const SECTIONS = "ABCDEFGH".split("");

function text(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]).join(" ");
}

function reportJson(paragraphs: number): ProseMirrorJson {
  const perSection = Math.ceil(paragraphs / SECTIONS.length);
  const content: ProseMirrorJson[] = [];
  for (let index = 0; index < paragraphs; index += 1) {
    if (index % perSection === 0) {
      content.push({ type: "heading", attrs: { id: `h-${index}`, level: 2 }, content: [{ type: "text", text: `${SECTIONS[index / perSection]}. Section` }] });
    }
    content.push({ type: "paragraph", attrs: { id: `p-${index}` }, content: [{ type: "text", text: `${text(index, 45)}.` }] });
  }
  return { type: "doc", content };
}

/** Seeds a consultation of `paragraphs` paragraphs and `organisations` submissions of `commentsEach` comments (one in five amendments). */
function seed(documents: DocumentStore, consultations: ConsultationStore, paragraphs: number, organisations: number, commentsEach: number): void {
  const orgs = Array.from({ length: organisations }, (_, index) => ({ id: `org-${index}`, name: `Organisation ${index}` }));
  consultations.create({ id: "bench", title: "Benchmark consultation", description: "", deadline: makeDeadline("2030-01-01T12:00", "UTC"), numbering: "continuous", state: "open" }, orgs);
  const report = prosemirrorJSONToYDoc(getSchema(reportExtensions()), reportJson(paragraphs), REPORT_FIELD);
  documents.compact(reportDocumentName("bench"), Y.encodeStateAsUpdate(report), 0);
  report.destroy();
  const now = new Date("2029-12-01T00:00:00Z");
  orgs.forEach((organisation, orgIndex) => {
    const doc = new Y.Doc();
    for (let index = 0; index < commentsEach; index += 1) {
      const paragraph = (orgIndex * 31 + index * 17) % paragraphs;
      const amendment = index % 5 === 0;
      const id = createComment(
        doc,
        {
          paragraphId: `p-${paragraph}`,
          paragraphNumber: String(paragraph + 1),
          paragraphText: "",
          quote: null,
          kind: amendment ? "amendment" : "concern",
          stance: amendment ? "amend" : "oppose",
          priority: "normal",
          proposedText: amendment ? `${text(paragraph + 1, 40)}.` : "",
        },
        { id: "bench", name: "Bench" },
        now,
        `c-${index}`,
      );
      const body = new Y.XmlElement("paragraph");
      body.insert(0, [new Y.XmlText(text(index, 30))]);
      commentFragment(doc, id, "body")?.insert(0, [body]);
    }
    documents.compact(submissionDocumentName("bench", organisation.id), Y.encodeStateAsUpdate(doc), 0);
    doc.destroy();
  });
}

/** The coalition package of a large consultation, in process: time and peak memory. */
export async function coalitionExportBench(paragraphs: number, organisations: number, comments: number, formats: PackageFormatId[]): Promise<CoalitionExportResult> {
  const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
  try {
    const documents = new DocumentStore(db);
    const consultations = new ConsultationStore(db);
    seed(documents, consultations, paragraphs, organisations, Math.round(comments / organisations));
    const consultation = consultations.get("bench");
    if (!consultation) {
      throw new Error("seeding failed");
    }
    const read: DocumentReader = (name, use) => {
      const doc = docFromStore(documents.load(name));
      try {
        return use(doc);
      } finally {
        doc.destroy();
      }
    };
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const timer = setInterval(sample, 5);
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    const { bytes } = await coalitionExport({ read, consultation, formats, includeDiscussion: false, asOf: new Date("2030-01-01T00:00:00Z"), onProgress: sample });
    const seconds = (performance.now() - startedAt) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(timer);
    sample();
    const mb = (value: number) => round2(value / 1024 / 1024);
    return { paragraphs, organisations, comments, formats, seconds: round2(seconds), cpuSeconds: round2((cpu.user + cpu.system) / 1e6), peakRssMb: mb(peak), baselineRssMb: mb(baseline), zipMb: mb(bytes.length) };
  } finally {
    db.close();
  }
}
