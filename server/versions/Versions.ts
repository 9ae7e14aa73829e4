import * as Y from "yjs";
import type { Version, VersionKind, VersionRef } from "../../shared/api/versions";
import { reportContent } from "../../shared/diff/reportContent";
import type { ReportContent } from "../../shared/diff/ReportDiff";
import type { NumberingScheme } from "../../shared/paragraphs";
import type { SubmissionComment } from "../../shared/submission/comment";
import { readComments } from "../../shared/submission/submissionDoc";
import type { DocumentRooms } from "../collab/DocumentRooms";
import { reportJson } from "../collab/reportJson";
import { notFound } from "../http/HttpError";
import type { VersionStore } from "../stores/VersionStore";
import type { LastSeenParagraph } from "../../shared/api/comments";
import { ParagraphHistory } from "./ParagraphHistory";
import { replaceReport } from "./replaceReport";

/** What a saved version records besides the document's state. */
export interface SaveVersionOptions {
  kind: VersionKind;
  name: string;
  note?: string;
  /** The person saving it; null or absent when Parley saves it itself. */
  createdBy?: string | null;
}

/** A document's content on one side of a comparison: a saved version, or now (`version` null). */
export interface ContentAt {
  version: Version | null;
  content: ReportContent;
}

function withDoc<T>(state: Uint8Array, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Saving, reading and restoring versions of documents. `saveVersion` is the one way in for every
 * kind: the REST route, the hourly automatic versions, and later imports, openings and
 * submissions.
 */
export class Versions {
  private readonly history: ParagraphHistory;

  constructor(
    private readonly store: VersionStore,
    private readonly rooms: DocumentRooms,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.history = new ParagraphHistory(store);
  }

  /** Where each of these paragraphs, gone from the report, was last seen in its saved versions (`ParagraphHistory`). */
  lastSeenParagraphs(documentName: string, numbering: NumberingScheme, ids: Iterable<string>): Map<string, LastSeenParagraph> {
    return this.history.lastSeen(documentName, numbering, ids);
  }

  /** Saves the document's exact current state (live room included, nothing pending missed). */
  saveVersion(documentName: string, { kind, name, note = "", createdBy = null }: SaveVersionOptions): Version {
    const state = this.rooms.snapshot(documentName);
    return this.store.insert({ documentName, name, note, kind, createdBy, createdAt: this.now(), state });
  }

  /** The exact Yjs state saved in a version, or null when there is no such version. */
  stateOf(documentName: string, versionId: number): Uint8Array | null {
    return this.store.state(documentName, versionId);
  }

  /** Every version of a document, newest first. */
  list(documentName: string): Version[] {
    return this.store.list(documentName);
  }

  /** When the document's newest version was saved, or null. */
  lastSavedAt(documentName: string): Date | null {
    return this.store.lastSavedAt(documentName);
  }

  /** A report's headings and paragraphs as saved in a version; 404 when there is no such version. */
  read(documentName: string, versionId: number, numbering: NumberingScheme): { version: Version; content: ReportContent } {
    const version = this.store.get(documentName, versionId);
    const state = this.store.state(documentName, versionId);
    if (!version || !state) {
      throw notFound(`No version ${versionId} of ${documentName}.`);
    }
    return { version, content: withDoc(state, (doc) => reportContent(reportJson(doc), numbering)) };
  }

  /** A report's headings and paragraphs as saved in a version, or as they are now. */
  reportAt(documentName: string, ref: VersionRef, numbering: NumberingScheme): ContentAt {
    if (ref === "current") {
      return { version: null, content: this.rooms.read(documentName, (doc) => reportContent(reportJson(doc), numbering)) };
    }
    return this.read(documentName, ref, numbering);
  }

  /** A submission's comments as saved in a version, or as they are now; 404 when there is no such version. */
  commentsAt(documentName: string, ref: VersionRef): { version: Version | null; comments: SubmissionComment[] } {
    if (ref === "current") {
      return { version: null, comments: this.rooms.read(documentName, readComments) };
    }
    const version = this.store.get(documentName, ref);
    const state = this.store.state(documentName, ref);
    if (!version || !state) {
      throw notFound(`No version ${ref} of ${documentName}.`);
    }
    return { version, comments: withDoc(state, readComments) };
  }

  /**
   * Makes a report's current text equal to a saved version's, as a new change that connected
   * editors receive live. The text it replaces is saved first as a "Before restore" version.
   */
  restore(documentName: string, versionId: number, personId: string): { restored: Version; before: Version } {
    const restored = this.store.get(documentName, versionId);
    const state = this.store.state(documentName, versionId);
    if (!restored || !state) {
      throw notFound(`No version ${versionId} of ${documentName}.`);
    }
    const json = withDoc(state, reportJson);
    const before = this.saveVersion(documentName, { kind: "restore", name: "Before restore", note: `Replaced by “${restored.name}”`, createdBy: personId });
    this.rooms.change(documentName, (doc) => replaceReport(doc, json));
    return { restored, before };
  }
}
