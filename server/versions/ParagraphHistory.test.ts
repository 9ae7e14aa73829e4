import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "../db/openDatabase";
import { VersionStore } from "../stores/VersionStore";
import { ParagraphHistory } from "./ParagraphHistory";

/** A report's Yjs state holding these paragraphs, as `[id, text]`. */
function reportState(blocks: [string, string][]): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment("report").insert(
    0,
    blocks.map(([id, text]) => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.setAttribute("id", id);
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  return Y.encodeStateAsUpdate(doc);
}

describe("ParagraphHistory", () => {
  it("finds a paragraph's number and wording in the newest version that had it, and reads each version once", () => {
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    const store = new VersionStore(db);
    const save = (blocks: [string, string][], day: number) =>
      store.insert({ documentName: "report:c", name: `Day ${day}`, note: "", kind: "manual", createdBy: null, createdAt: new Date(Date.UTC(2026, 0, day)), state: reportState(blocks) });
    save([["a", "Alpha."], ["gone", "First wording."]], 1);
    const second = save([["new", "Inserted."], ["a", "Alpha."], ["gone", "Second wording."]], 2);
    save([["new", "Inserted."], ["a", "Alpha."]], 3);
    const history = new ParagraphHistory(store);
    const reads = vi.spyOn(store, "state");

    expect(history.lastSeen("report:c", "continuous", ["gone", "never"])).toEqual(
      new Map([["gone", { number: "3", text: "Second wording.", versionId: second.id, savedAt: "2026-01-02T00:00:00.000Z" }]]),
    );
    const readsFirstTime = reads.mock.calls.length;
    history.lastSeen("report:c", "continuous", ["gone", "never"]);
    expect(reads.mock.calls.length).toBe(readsFirstTime);

    // A newer version is read when it is saved; an older sighting stays the answer until it holds the paragraph.
    const fourth = save([["gone", "Back, reworded."]], 4);
    expect(history.lastSeen("report:c", "continuous", ["gone"]).get("gone")).toMatchObject({ number: "1", text: "Back, reworded.", versionId: fourth.id });
    expect(reads.mock.calls.length).toBe(readsFirstTime + 1);
    db.close();
  });
});
