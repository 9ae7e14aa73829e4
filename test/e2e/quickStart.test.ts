import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { Health } from "../../shared/api/health";
import { eventually } from "../helpers/collabClient";
import { tempDataDir } from "../helpers/startServer";
import { startServerProcess } from "../helpers/startServerProcess";

describe("the README's quick start", () => {
  it("`npm start` serves the app, the API and the demo on one port from an empty data dir, and stops cleanly", async () => {
    const dataDir = tempDataDir();
    const server = await startServerProcess(dataDir, { DEMO_DATA: "true" }, "npmStart");
    await eventually(() => /Sign in as the demo coordinator with this single-use link/.test(server.output()), "the demo's sign-in link is printed");

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(Health.parse(await health.json()).status).toBe("ok");
    const page = await fetch(`${server.url}/consultations/anything`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain('<div id="root">');
    const consultations = await fetch(`${server.url}/api/consultations`);
    expect(consultations.status).toBe(401);

    expect(await server.kill("SIGTERM")).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "parley.sqlite"))).toBe(true);

    // Started again on the same data: the demo is there already, so no new sign-in link.
    const again = await startServerProcess(dataDir, { DEMO_DATA: "true" }, "npmStart");
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    expect(again.output()).not.toMatch(/single-use link/);
    expect(await again.kill("SIGTERM")).toBe(0);
  });
});

describe("restarting `npm start` as an operator does", () => {
  it("npm exits only once the server has finished shutting down, so a new start never overlaps the old one", async () => {
    const dataDir = tempDataDir();
    // Its own process group, as a terminal or a service manager starts it: the signal goes to npm, sh and node alike.
    const npm = spawn("npm", ["start"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", DEMO_DATA: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const group = npm.pid ?? 0;
    const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
    onTestFinished(() => {
      if (groupMembers(group).length > 0) {
        process.kill(-group, "SIGKILL");
      }
    });
    let output = "";
    npm.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await eventually(() => output.includes("Parley listening on"), "the server listens", 120_000);

    process.kill(-group, "SIGTERM");
    expect(await exited).toBe(0);
    // Nothing of the group is left running (or left for its parent to reap) once npm has exited.
    expect(groupMembers(group)).toEqual([]);
  });
});

/** The pids of the process group's members that are still running, zombies left out. */
function groupMembers(group: number): number[] {
  const listing = spawnSync("ps", ["-o", "pid=,stat=", "-g", String(group)], { encoding: "utf8" }).stdout;
  return listing
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, stat]) => pid && stat && !stat.startsWith("Z"))
    .map(([pid]) => Number(pid));
}
