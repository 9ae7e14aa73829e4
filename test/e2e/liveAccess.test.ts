import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { api, startServer, type TestServer } from "../helpers/startServer";

const REPORT_URL_PATH = `/consultations/${DEMO_CONSULTATION_ID}`;
const PARAGRAPHS_PATH = `/api/docs/${encodeURIComponent(`report:${DEMO_CONSULTATION_ID}`)}/paragraphs`;

/** The text of one paragraph as the server holds it. */
async function serverParagraph(server: TestServer, id: string): Promise<string> {
  const response = await api(server, PARAGRAPHS_PATH, { as: "coordinator" });
  const { paragraphs } = (await response.json()) as { paragraphs: { id: string; text: string }[] };
  return paragraphs.find((paragraph) => paragraph.id === id)?.text ?? "";
}

/** Sets a person's workspace role as a coordinator does, through the REST API. */
async function setWorkspaceRole(server: TestServer, personId: string, workspaceRole: string): Promise<void> {
  const response = await api(server, `/api/people/${personId}`, { as: "coordinator", method: "PATCH", body: JSON.stringify({ workspaceRole }) });
  expect(response.status).toBe(200);
}

/** Whether the report's text can be typed into, as the page says it to the browser. */
function editable(page: Page): Promise<string | null> {
  return page.locator(".report-text").getAttribute("contenteditable");
}

describe("access that changes while the report is open, in Chromium", () => {
  it("turns the page of an editor demoted while offline read-only on reconnecting, and never brings back what they typed offline", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const reportUrl = `${server.url}${REPORT_URL_PATH}`;
    const context = await personContext(browser, server.url, server.people.editor);
    const editor = await context.newPage();
    await openReport(editor, reportUrl);
    await editor.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();

    await focusEndOfParagraph(editor, "para-a-1");
    await editor.keyboard.type(" Kept while an editor.");
    await expect.poll(() => serverParagraph(server, "para-a-1"), { timeout: 10_000 }).toContain("Kept while an editor.");

    // Text typed offline is only in the browser; the role is taken away before it can be sent.
    await context.setOffline(true);
    await editor.getByRole("status").filter({ hasText: "Offline" }).waitFor();
    await editor.keyboard.type(" Typed offline, refused later.");
    await editor.locator('[data-id="para-a-1"]', { hasText: "Typed offline, refused later." }).waitFor();
    await setWorkspaceRole(server, server.people.editor.id, "reviewer");
    await context.setOffline(false);

    // Back online, the page learns from the server that it may only read.
    await editor.waitForFunction(() => document.querySelector(".report-text")?.getAttribute("contenteditable") === "false", null, { timeout: 5_000 });
    expect(await editor.getByRole("toolbar", { name: "Formatting" }).count()).toBe(0);
    await editor.getByRole("status").filter({ hasText: "Your role changed" }).waitFor({ timeout: 2_000 });
    await expect.poll(() => editor.locator('[data-id="para-a-1"]').textContent(), { timeout: 5_000 }).not.toContain("Typed offline, refused later.");

    // Given back the editor role, the open page becomes editable again without a reload.
    await setWorkspaceRole(server, server.people.editor.id, "editor");
    await editor.waitForFunction(() => document.querySelector(".report-text")?.getAttribute("contenteditable") === "true", null, { timeout: 5_000 });
    await editor.getByRole("toolbar", { name: "Formatting" }).waitFor();
    await editor.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();
    await editor.reload();
    await editor.locator('[data-id="para-a-1"]').waitFor();
    await editor.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();
    const first = await editor.locator('[data-id="para-a-1"]').textContent();
    expect(first).toContain("Kept while an editor.");
    expect(first).not.toContain("Typed offline, refused later.");
    expect(await serverParagraph(server, "para-a-1")).not.toContain("refused later");
  }, 90_000);

  it("turns a connected editor's page read-only within two seconds of the demotion, and keeps what was typed after it out of the report", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const reportUrl = `${server.url}${REPORT_URL_PATH}`;
    const editor = await (await personContext(browser, server.url, server.people.editor)).newPage();
    await openReport(editor, reportUrl);
    await editor.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();

    // Demoted while connected and typing: read-only within two seconds, and nothing typed after it is stored.
    await focusEndOfParagraph(editor, "para-b-6");
    await editor.keyboard.type(" Second stint.");
    await expect.poll(() => serverParagraph(server, "para-b-6"), { timeout: 10_000 }).toContain("Second stint.");
    const typing = editor.keyboard.type(" Words typed while the role changes.", { delay: 40 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await setWorkspaceRole(server, server.people.editor.id, "reviewer");
    const demotedAt = Date.now();
    const readOnlyAt = editor
      .waitForFunction(() => document.querySelector(".report-text")?.getAttribute("contenteditable") === "false", null, { timeout: 2_000, polling: 50 })
      .then(
        () => Date.now(),
        () => Number.POSITIVE_INFINITY,
      );
    await typing;
    expect((await readOnlyAt) - demotedAt).toBeLessThan(2_000);
    expect(await editor.getByRole("toolbar", { name: "Formatting" }).count()).toBe(0);
    await editor.getByRole("status").filter({ hasText: "Your role changed" }).waitFor({ timeout: 2_000 });
    await editor.locator('[data-id="para-b-6"]').click();
    await editor.keyboard.type(" Typed after the demotion.");
    expect(await editor.locator('[data-id="para-b-6"]').textContent()).not.toContain("Typed after the demotion.");

    // The role comes back and the page reloads: the refused text is nowhere, here, for others or on the server.
    await setWorkspaceRole(server, server.people.editor.id, "editor");
    await editor.waitForFunction(() => document.querySelector(".report-text")?.getAttribute("contenteditable") === "true", null, { timeout: 5_000 });
    await editor.reload();
    await editor.locator('[data-id="para-a-1"]').waitFor();
    await editor.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();
    const other = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await openReport(other, reportUrl);
    // Of the words typed across the change, each page shows exactly what the server stored.
    const stored = await serverParagraph(server, "para-b-6");
    const tail = (text: string | null) => (text ?? "").slice((text ?? "").indexOf("Second stint."));
    expect(stored).not.toContain("after the demotion");
    for (const page of [editor, other]) {
      const text = await page.locator('[data-id="para-b-6"]').textContent();
      expect(text).not.toContain("Typed after the demotion.");
      expect(tail(text)).toBe(tail(stored));
    }
    expect(await editable(editor)).toBe("true");
  }, 90_000);

  for (const { width, locale, connected, offline } of [
    { width: 1280, locale: "en-GB", connected: "Saved and connected", offline: "Offline" },
    { width: 390, locale: "en-GB", connected: "Saved and connected", offline: "Offline" },
    { width: 390, locale: "ar", connected: "محفوظ ومتصل", offline: "غير متصل" },
  ]) {
    it(`says it is connected again soon after the browser comes back online, and keeps that in view while scrolling (${width} px, ${locale})`, async () => {
      const server = await startServer();
      const browser = await launchBrowser();
      const context = await personContext(browser, server.url, server.people.editor, { locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await openReport(page, `${server.url}${REPORT_URL_PATH}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      const badge = page.locator(".connection-badge");
      await badge.filter({ hasText: connected }).waitFor();

      await context.setOffline(true);
      await badge.filter({ hasText: offline }).waitFor({ timeout: 10_000 });
      await context.setOffline(false);
      await badge.filter({ hasText: connected }).waitFor({ timeout: 5_000 });

      // Typing far down the report, the connection state is still on screen.
      await focusEndOfParagraph(page, "para-h-38");
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(() => window.scrollY > 1_000);
      const box = await badge.boundingBox();
      expect(box, `badge at ${width}px in ${locale}`).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      // The sticky state does not cover the formatting toolbar that sticks below it.
      const toolbar = await page.locator(".report-editor [role=toolbar]").boundingBox();
      expect(toolbar!.y).toBeGreaterThanOrEqual(box!.y + box!.height - 1);
    });
  }
  it("shows a member removed from their organisation one message and no Export panel, recovers when they are added back, and asks the coordinator first", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(member, `${server.url}${REPORT_URL_PATH}`);
    await member.getByText("Read only").waitFor();
    await member.locator(".export-panel summary").waitFor();
    // Set on this very page: still there after recovering means the page was never reloaded.
    await member.evaluate(() => Object.assign(window, { sameVisit: true }));

    const coordinator = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await coordinator.goto(`${server.url}/people`);
    const card = coordinator.locator('[data-person-email="member@test.example"]');
    await card.getByRole("button", { name: "Remove from Open Networks Alliance" }).click();
    const question = card.getByRole("group", { name: "Remove Test member from Open Networks Alliance?" });
    await question.waitFor();
    // Focus waits on Cancel, so Enter alone keeps the member.
    await coordinator.keyboard.press("Enter");
    await question.waitFor({ state: "detached" });
    const memberships = async () => {
      const response = await api(server, "/api/people", { as: "coordinator" });
      const { people } = (await response.json()) as { people: { email: string; memberships: unknown[] }[] };
      return people.find((person) => person.email === "member@test.example")?.memberships.length;
    };
    expect(await memberships()).toBe(1);
    await card.getByRole("button", { name: "Remove from Open Networks Alliance" }).click();
    await question.getByRole("button", { name: "Yes, remove" }).click();
    await coordinator.getByRole("status").filter({ hasText: "Test member no longer belongs to Open Networks Alliance." }).waitFor();

    // One message, lined up with the title, and nothing offered that the member can no longer use.
    const message = member.getByRole("alert").filter({ hasText: "You no longer have access to this report." });
    await message.waitFor({ timeout: 5_000 });
    await expect.poll(() => member.locator(".export-panel").count()).toBe(0);
    expect(await member.getByText("Read only").count()).toBe(0);
    expect(await member.getByText("The report cannot be opened").count()).toBe(0);
    expect(await member.locator("main .notice, main [role=alert]").count()).toBe(1);
    const messageBox = await message.boundingBox();
    const titleBox = await member.getByRole("heading", { level: 1 }).boundingBox();
    expect(Math.abs(messageBox!.x - titleBox!.x)).toBeLessThanOrEqual(1);

    // Added back: the same page opens the report and the submission again.
    const join = card.locator("form.join-form");
    await join.getByLabel("Add to organisation").selectOption({ label: "Open Networks Alliance" });
    await join.getByRole("button", { name: "Add", exact: true }).click();
    await member.locator(".report-text [data-paragraph-number]").first().waitFor({ timeout: 10_000 });
    await member.getByText("Read only").waitFor();
    await member.locator(".export-panel summary").waitFor();
    await member.getByRole("button", { name: "Comment on paragraph 38" }).waitFor();
    expect(await member.getByRole("alert").filter({ hasText: "no longer have access" }).count()).toBe(0);
    expect(await member.evaluate(() => (window as unknown as { sameVisit?: boolean }).sameVisit)).toBe(true);
  });
});
