import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
