import * as Y from "yjs";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import type { Paragraph } from "../../shared/paragraphs";
import { paragraphs } from "../../shared/paragraphs";
import type { CommentKind, Priority, Stance } from "../../shared/submission/comment";
import { endorse } from "../../shared/submission/endorsements";
import { addReply, commentFragment, createComment, updateComment } from "../../shared/submission/submissionDoc";
import type { DocumentStore } from "../stores/DocumentStore";
import { demoReportJson } from "./demoReportJson";

interface DemoComment {
  id: string;
  paragraphId: string;
  kind: CommentKind;
  stance: Stance;
  priority?: Priority;
  body: string;
  proposal?: string;
  shared?: boolean;
  ready?: boolean;
  reply?: string;
}

/** A few comments per organisation, in our own words, so the rail, matrix and heat map have something to show. */
const DEMO_COMMENTS: Record<string, { author: string; comments: DemoComment[]; endorses?: { organisationId: string; commentId: string }[] }> = {
  "open-networks": {
    author: "Open Networks Alliance drafting team",
    comments: [
      {
        id: "c-demo-on-1",
        paragraphId: "para-h-38",
        kind: "amendment",
        stance: "amend",
        priority: "redLine",
        body: "A directory that nobody updates gives false comfort. We ask for a yearly check of every entry.",
        proposal:
          "The working group recommends that States nominate and maintain diplomatic and technical points of contact in the global directory, confirm each entry at least once a year, participate in periodic communication exercises and share lessons learned with other States.",
        shared: true,
        ready: true,
      },
      {
        id: "c-demo-on-2",
        paragraphId: "para-h-40",
        kind: "support",
        stance: "support",
        body: "We welcome the permanent mechanism and the explicit place it gives to civil society, industry and academia.",
        reply: "Should we also ask for a stakeholder accreditation procedure here, or keep that for a later round?",
      },
      {
        id: "c-demo-on-3",
        paragraphId: "para-b-7",
        kind: "question",
        stance: "question",
        body: "Which sectors does the working group count as critical infrastructure for the purposes of this paragraph?",
      },
    ],
  },
  "digital-rights": {
    author: "Digital Rights Collective policy group",
    comments: [
      {
        id: "c-demo-dr-1",
        paragraphId: "para-h-38",
        kind: "concern",
        stance: "oppose",
        body: "Points of contact should be bound by clear safeguards for personal data before any directory is expanded.",
        shared: true,
      },
      {
        id: "c-demo-dr-2",
        paragraphId: "para-c-12",
        kind: "amendment",
        stance: "amend",
        priority: "redLine",
        body: "Human rights law applies online as it does offline; the paragraph should say so plainly.",
        proposal:
          "Delegations discussed how established principles, including those of international human rights law, apply to the use of information and communication technologies by States.",
        ready: true,
      },
    ],
    endorses: [{ organisationId: "open-networks", commentId: "c-demo-on-1" }],
  },
  "industry-forum": {
    author: "Industry Forum secretariat",
    comments: [
      {
        id: "c-demo-if-1",
        paragraphId: "para-h-39",
        kind: "support",
        stance: "support",
        body: "Demand-driven capacity-building matches what our members see in practice; a matching portal would help.",
        shared: true,
      },
    ],
    endorses: [{ organisationId: "open-networks", commentId: "c-demo-on-1" }],
  },
};

function writeText(fragment: Y.XmlFragment, text: string): void {
  fragment.delete(0, fragment.length);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(0, [paragraph]);
}

/** Seeds the demo organisations' submissions with a few comments, one shared amendment backed by two partners. */
export function seedDemoComments(documents: DocumentStore, consultationId: string, now = new Date()): void {
  const report = new Map<string, Paragraph>(paragraphs(demoReportJson()).map((paragraph) => [paragraph.id, paragraph]));
  for (const [organisationId, { author: name, comments, endorses = [] }] of Object.entries(DEMO_COMMENTS)) {
    const doc = new Y.Doc();
    const author = { id: `demo-${organisationId}`, name };
    for (const demo of comments) {
      const paragraph = report.get(demo.paragraphId);
      if (!paragraph) {
        continue;
      }
      const input = { paragraphId: paragraph.id, paragraphNumber: paragraph.number, paragraphText: paragraph.text, quote: null, kind: demo.kind, stance: demo.stance, priority: demo.priority ?? "normal" };
      createComment(doc, { ...input, proposedText: demo.proposal }, author, now, demo.id);
      writeText(commentFragment(doc, demo.id, "body")!, demo.body);
      updateComment(doc, demo.id, { shared: demo.shared ?? false, status: demo.ready ? "ready" : "draft" }, author, now);
      if (demo.reply) {
        addReply(doc, demo.id, author, demo.reply, now);
      }
    }
    for (const target of endorses) {
      endorse(doc, target, author, now);
    }
    documents.compact(submissionDocumentName(consultationId, organisationId), Y.encodeStateAsUpdate(doc), 0);
    doc.destroy();
  }
}
