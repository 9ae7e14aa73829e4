import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./auditActions";

/** Every file under `dir` ending in .ts, tests left out. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(file) : file.endsWith(".ts") && !file.endsWith(".test.ts") ? [file] : [];
  });
}

describe("audit action names", () => {
  it("has a readable name for every action the server records", () => {
    const recorded = new Set<string>();
    for (const file of sources(path.resolve(import.meta.dirname, "../../server"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const match of text.matchAll(/(?:action: |record\(request, )"([a-z_]+\.[a-z_]+)"/g)) {
        recorded.add(match[1]!);
      }
      for (const match of text.matchAll(/action: [^,}]*\? "([a-z_]+\.[a-z_]+)" : "([a-z_]+\.[a-z_]+)"/g)) {
        recorded.add(match[1]!).add(match[2]!);
      }
    }
    expect(recorded.size).toBeGreaterThan(25);
    expect([...recorded].filter((action) => !Object.hasOwn(AUDIT_ACTIONS, action)).sort()).toEqual([]);
  });
});
