import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/openDatabase";
import { VersionStore } from "./VersionStore";

describe("VersionStore", () => {
  it("saves, lists newest first, reads one document's versions only, and never updates", () => {
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    const store = new VersionStore(db);
    const base = { note: "", kind: "manual" as const, createdBy: null, state: new Uint8Array([0, 0]) };
    const first = store.insert({ ...base, documentName: "report:a", name: "First", createdAt: new Date("2026-01-01T10:00:00Z") });
    const second = store.insert({ ...base, documentName: "report:a", name: "Second", createdAt: new Date("2026-01-02T10:00:00Z") });
    store.insert({ ...base, documentName: "report:b", name: "Elsewhere", createdAt: new Date("2026-01-03T10:00:00Z") });

    expect(store.list("report:a").map((version) => version.name)).toEqual(["Second", "First"]);
    expect(store.get("report:b", first.id)).toBeNull();
    expect(store.state("report:a", second.id)).toEqual(Buffer.from([0, 0]));
    expect(store.lastSavedAt("report:a")?.toISOString()).toBe("2026-01-02T10:00:00.000Z");
    expect(() => db.prepare(`UPDATE versions SET name = 'Changed' WHERE id = ?`).run(first.id)).toThrow(/immutable/);
    db.close();
  });
});
