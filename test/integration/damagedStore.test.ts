import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CreatedInvitation } from "../../shared/api/admin";
import { Health } from "../../shared/api/health";
import { startServerProcess } from "../helpers/startServerProcess";
import { startServer, tempDataDir } from "../helpers/startServer";

/** Starts the server process on `dataDir`; resolves to why it refused to start (it must not start). */
async function refusalToStart(dataDir: string): Promise<string> {
  const started = await startServerProcess(dataDir).then(
    () => null,
    (error: unknown) => String(error),
  );
  expect(started).not.toBeNull();
  return started ?? "";
}

describe("a damaged store", () => {
  it.each([
    ["an empty (0-byte) database file", Buffer.alloc(0)],
    ["a database file that is not SQLite", Buffer.from("this is not a SQLite database, only text ".repeat(200))],
  ])("refuses to start on %s, naming the file, with a non-zero exit", async (_name, content) => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, "parley.sqlite");
    fs.writeFileSync(file, content);

    const refusal = await refusalToStart(dataDir);

    expect(refusal).toMatch(/server exited with [1-9]/);
    expect(refusal).toContain(file);
    // Nothing was written over it: no fresh install in its place.
    expect(fs.readFileSync(file)).toEqual(content);
  });

  it("reports itself degraded (503) when the data dir cannot take writes, and ok otherwise", async () => {
    const healthy = await startServer();
    const ok = await fetch(`${healthy.url}/api/health`);
    expect(ok.status).toBe(200);
    expect(Health.parse(await ok.json()).status).toBe("ok");

    // A reserve larger than any disk: the free space measured is always below it, as on a full disk.
    const full = await startServer({ env: { DISK_RESERVE_BYTES: String(2 ** 52) } });
    const degraded = await fetch(`${full.url}/api/health`);
    expect(degraded.status).toBe(503);
    expect(Health.parse(await degraded.json()).status).toBe("degraded");
  });
});

describe("links the server writes", () => {
  it("never follow a forged Host header", async () => {
    const server = await startServer();
    const { port } = new URL(server.url);
    const body = JSON.stringify({ email: "newcomer@test.example", workspaceRole: "editor" });
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/api/invitations",
          method: "POST",
          headers: { Host: "attacker.example", Authorization: `Bearer ${server.people.coordinator.token}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString()));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on("error", reject);
      request.end(body);
    });

    expect(answer.status).toBe(201);
    const { link } = CreatedInvitation.parse(JSON.parse(answer.text));
    expect(link).not.toContain("attacker.example");
    expect(link.startsWith(`${server.url}/welcome/`)).toBe(true);
  });
});
