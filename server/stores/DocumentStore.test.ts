import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/openDatabase";
import { DocumentStore } from "./DocumentStore";

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
