import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentParagraphs } from "../../shared/api/documents";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { LOCK_FILE } from "../../server/db/DataDirLock";
import { openDatabase } from "../../server/db/openDatabase";
import { VersionStore } from "../../server/stores/VersionStore";
import { prepareDataDir, tempDataDir } from "../helpers/startServer";
import { startServerProcess } from "../helpers/startServerProcess";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REPORT = `report:${DEMO_CONSULTATION_ID}`;

/** Runs the `parley` command as an operator would, on a data dir. */
function parley(dataDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["scripts/parley.mjs", ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function importVersions(dataDir: string): string[] {
  const db = openDatabase({ dataDir, synchronous: "NORMAL" });
  try {
    return new VersionStore(db)
      .list(REPORT)
      .filter((version) => /^(Before import|Imported)/.test(version.name))
      .map((version) => version.name);
  } finally {
    db.close();
  }
}

async function seededDataDir(): Promise<{ dataDir: string; importArgs: string[]; people: Awaited<ReturnType<typeof prepareDataDir>> }> {
  const dataDir = tempDataDir();
  const people = await prepareDataDir(dataDir);
  const file = path.join(dataDir, "draft.md");
  fs.writeFileSync(file, "## A. Scope\n\n1. The report covers one year.\n");
  return { dataDir, people, importArgs: ["import", "--consultation", DEMO_CONSULTATION_ID, file] };
}

// Each test runs two or three Node processes (servers and the command), each compiling TypeScript.
describe("one writer per data dir", { timeout: 60_000 }, () => {
  it("refuses parley import, writing nothing, and a second server while a server runs", async () => {
    const { dataDir, people, importArgs } = await seededDataDir();
    const server = await startServerProcess(dataDir);
    const refused = await parley(dataDir, importArgs);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`a Parley server (process ${server.pid}`);
    expect(refused.stderr).toContain("Stop the server first");
    const paragraphs = await fetch(`${server.url}/api/docs/${REPORT}/paragraphs`, { headers: { Authorization: `Bearer ${people.editor.token}` } });
    expect(DocumentParagraphs.parse(await paragraphs.json()).paragraphs).toHaveLength(40);
    await expect(startServerProcess(dataDir)).rejects.toThrow(/a Parley server \(process \d+, since [^)]+\) holds the data dir/);
    await server.kill("SIGKILL");
    expect(importVersions(dataDir)).toEqual([]);
  });

  it("lets parley import in once the server stopped on SIGTERM, and lets commands that write no document run beside it", async () => {
    const { dataDir, importArgs } = await seededDataDir();
    const server = await startServerProcess(dataDir);
    expect((await parley(dataDir, ["org", "create", "--id", "beside", "--name", "Beside the server"])).code).toBe(0);
    expect(await server.kill("SIGTERM")).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const imported = await parley(dataDir, importArgs);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Imported 1 paragraphs/) });
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    expect(importVersions(dataDir)).toHaveLength(2);
  });

  it("is not blocked by the stale lock of a server killed with kill -9", async () => {
    const { dataDir, importArgs } = await seededDataDir();
    const server = await startServerProcess(dataDir);
    await server.kill("SIGKILL");
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    expect((await parley(dataDir, importArgs)).code).toBe(0);
    expect(importVersions(dataDir)).toHaveLength(2);
    // A server restarted after kill -9 takes the stale lock over too: durability.test.ts restarts one so.
  });
});
