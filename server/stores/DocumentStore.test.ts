import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/openDatabase";
import * as Y from "yjs";
import { applyLog, DocumentStore } from "./DocumentStore";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("DocumentStore", () => {
  it("appends updates in order and compacts them atomically into state", () => {
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    const store = new DocumentStore(db);
    const ids = store.append([
      { documentName: "report:a", data: bytes(1) },
      { documentName: "report:b", data: bytes(2) },
      { documentName: "report:a", data: bytes(3) },
    ]);
    expect(ids).toHaveLength(3);
    expect(store.load("report:a")).toEqual({ state: null, updates: [Buffer.from([1]), Buffer.from([3])], lastUpdateId: ids[2] });

    store.compact("report:a", bytes(9, 9), ids[0] ?? 0);
    const after = store.load("report:a");
    expect(Buffer.from(after.state ?? [])).toEqual(Buffer.from([9, 9]));
    expect(after.updates).toEqual([Buffer.from([3])]);
    expect(store.logLength("report:b")).toBe(1);
    db.close();
  });
});

describe("applyLog", () => {
  it("skips a logged update that cannot be applied and keeps the rest", () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on("update", (update: Uint8Array) => updates.push(update));
    source.getText("t").insert(0, "kept");
    source.getText("t").insert(4, " and more");

    const doc = new Y.Doc();
    applyLog(doc, null, [updates[0] ?? bytes(), bytes(1, 200, 3, 4, 5, 6, 7), updates[1] ?? bytes()]);
    expect(doc.getText("t").toString()).toBe("kept and more");
  });
});
