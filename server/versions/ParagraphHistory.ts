import * as Y from "yjs";
import type { LastSeenParagraph } from "../../shared/api/comments";
import { paragraphs, type NumberingScheme } from "../../shared/paragraphs";
import { reportJson } from "../collab/reportJson";
import type { VersionStore } from "../stores/VersionStore";

/** What is known of one document's history: each paragraph's newest sighting, and which versions were read. */
interface DocumentHistory {
  seen: Map<string, LastSeenParagraph>;
  /** Versions already read; each is read at most once (saved versions never change). */
  read: Set<number>;
}

/**
 * Where a paragraph that left the report was last seen: its number and wording in the newest
 * saved version of the report that still had it (a manual save, the hourly automatic version,
 * "Before import", "Before restore", …). The versions table is the server's only record of a
 * report's past: the live document keeps no deleted text. A paragraph added and removed between
 * two saved versions was never in one, and is not found.
 *
 * Versions are read newest first and only as far back as a paragraph asked for is still
 * missing; every version read is remembered, so each is decoded at most once per process.
 */
export class ParagraphHistory {
  private readonly documents = new Map<string, DocumentHistory>();

  constructor(private readonly store: VersionStore) {}

  /** The last sighting of each of `ids` in the report's saved versions; ids never seen are absent. */
  lastSeen(documentName: string, numbering: NumberingScheme, ids: Iterable<string>): Map<string, LastSeenParagraph> {
    const wanted = new Set(ids);
    const found = new Map<string, LastSeenParagraph>();
    if (wanted.size === 0) {
      return found;
    }
    const key = `${documentName}\u0000${numbering}`;
    const history = this.documents.get(key) ?? { seen: new Map(), read: new Set() };
    this.documents.set(key, history);
    for (const version of this.store.list(documentName)) {
      if (!history.read.has(version.id)) {
        // A newer version was saved since the last sighting of something asked for: read it.
        this.readVersion(documentName, version.id, version.createdAt, numbering, history);
      }
      if ([...wanted].every((id) => (history.seen.get(id)?.versionId ?? -1) >= version.id)) {
        break;
      }
    }
    for (const id of wanted) {
      const sighting = history.seen.get(id);
      if (sighting) {
        found.set(id, sighting);
      }
    }
    return found;
  }

  private readVersion(documentName: string, versionId: number, savedAt: string, numbering: NumberingScheme, history: DocumentHistory): void {
    history.read.add(versionId);
    const state = this.store.state(documentName, versionId);
    if (!state) {
      return;
    }
    const doc = new Y.Doc({ gc: true });
    try {
      Y.applyUpdate(doc, state);
      for (const paragraph of paragraphs(reportJson(doc), numbering)) {
        if ((history.seen.get(paragraph.id)?.versionId ?? -1) < versionId) {
          history.seen.set(paragraph.id, { number: paragraph.number, text: paragraph.text, versionId, savedAt });
        }
      }
    } finally {
      doc.destroy();
    }
  }
}
