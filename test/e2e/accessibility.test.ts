import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { reportDocumentName } from "../../shared/collab/documentNames";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { api, startServer } from "../helpers/startServer";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** The rules of WCAG 2.2 A and AA that axe can check, and its best practices. */
const RULE_SETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/** Every axe violation on the page as it is now, one line per rule with the elements at fault. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const found = await page.evaluate(async (tags) => {
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: tags });
    return result.violations.map((violation) => ({ rule: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
  }, RULE_SETS);
  return found.map((violation: Violation) => `${violation.rule} (${violation.impact}): ${violation.nodes.join(", ")}`);
}

/** Opens a page, waits for what shows it has loaded, and returns its violations under that path's name. */
async function scan(page: Page, path: string, loaded: (page: Page) => Promise<unknown>): Promise<[string, string[]]> {
  await page.goto(page.url().replace(/^(https?:\/\/[^/]+).*$/, `$1${path}`));
  await loaded(page);
  return [path, await violations(page)];
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).waitFor();

describe("accessibility in Chromium (axe-core, WCAG 2.2 AA)", () => {
  it("finds nothing to fix on the pages a member and a coordinator use, in English on a desktop and in Arabic on a phone", async () => {
    const server = await startServer();
    seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
    // Rows in the tables that only show when there is something to list.
    expect((await api(server, "/api/tokens", { as: "coordinator", method: "POST", body: JSON.stringify({ name: "nightly export" }), headers: { "Content-Type": "application/json" } })).status).toBe(201);
    const invitation = await api(server, "/api/invitations", { as: "coordinator", method: "POST", body: JSON.stringify({ email: "new@invited.example", workspaceRole: "reviewer" }), headers: { "Content-Type": "application/json" } });
    expect(invitation.status).toBe(201);
    const browser = await launchBrowser();
    const results: [string, string[]][] = [];

    const member = await (await personContext(browser, server.url, server.people.member, { viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
    await openReport(member, server.url + REPORT);
    results.push(["member: report", await violations(member)]);
    await member.getByRole("button", { name: "Comment on paragraph 38" }).click();
    await member.getByRole("form", { name: "New comment" }).waitFor();
    results.push(["member: report, new comment form open", await violations(member)]);
    await member.getByText("Export", { exact: true }).click();
    await member.getByRole("button", { name: "Download" }).first().waitFor();
    results.push(["member: report, export panel open", await violations(member)]);
    results.push(await scan(member, `${REPORT}/versions`, heading));
    await member.getByLabel("Older").selectOption({ index: 1 });
    await member.getByRole("button", { name: "Show changes" }).click();
    await member.getByRole("heading", { name: /^Changes from / }).waitFor();
    results.push(["member: versions, a diff shown", await violations(member)]);
    results.push(await scan(member, "/account", heading));

    const stranger = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR", bypassCSP: true })).newPage();
    await stranger.goto(`${server.url}/`);
    await heading(stranger);
    results.push(["signed out (fr, phone): sign-in", await violations(stranger)]);

    const coordinator = await (await personContext(browser, server.url, server.people.coordinator, { locale: "ar", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true })).newPage();
    await openReport(coordinator, server.url + REPORT);
    results.push(["coordinator (ar, phone): report", await violations(coordinator)]);
    // On a phone the header's links wrap; each line starts flush with the title, right to left here.
    const lineStarts = await coordinator.evaluate(() => {
      const start = (element: Element) => element.getBoundingClientRect().right;
      const title = document.querySelector(".report-header h1");
      let lineTop = Number.NEGATIVE_INFINITY;
      const offsets: number[] = [];
      for (const item of document.querySelectorAll(".report-header-row > *")) {
        const { top, bottom } = item.getBoundingClientRect();
        if (top >= lineTop) {
          offsets.push(Math.round(start(item) - (title ? start(title) : 0)));
          lineTop = bottom;
        }
      }
      return offsets;
    });
    expect(lineStarts.length).toBeGreaterThan(1);
    expect(lineStarts.every((offset) => offset === 0)).toBe(true);
    results.push(await scan(coordinator, "/", heading));
    results.push(await scan(coordinator, `${REPORT}/overview`, (page) => page.locator("table").first().waitFor()));
    results.push(await scan(coordinator, `${REPORT}/dashboard`, (page) => page.locator("table").first().waitFor()));
    results.push(await scan(coordinator, "/people", (page) => page.getByText("new@invited.example").waitFor()));
    results.push(await scan(coordinator, "/account", (page) => page.getByText("nightly export").waitFor()));
    results.push(await scan(coordinator, "/audit", (page) => page.locator("table").first().waitFor()));
    // The diff's web page is a download: read it as the file it is.
    const diff = await api(server, `/api/docs/${reportDocumentName(DEMO_CONSULTATION_ID)}/diff/export?from=1&to=2&format=html&lang=ar`, { as: "reviewer" });
    await coordinator.setContent(await diff.text());
    results.push(["diff file (ar)", await violations(coordinator)]);

    expect(Object.fromEntries(results.filter(([, found]) => found.length > 0))).toEqual({});
  });
});
