import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

describe("co-editing the report in Chromium", () => {
  it("signs in, shows the report with paragraph numbers in the margin, and signs out", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url)).newPage();
    await page.goto(server.url);

    await page.getByLabel("Email").fill(server.people.editor.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "do not match an account" }).waitFor();

    await page.getByLabel("Password").fill(server.people.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Initial pre-draft: consultation on the draft report" }).click();

    await page.locator('[data-id="para-a-1"][data-paragraph-number="1"]').waitFor();
    await page.locator('[data-id="section-h"]', { hasText: "Conclusions and recommendations" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();
    await page.getByRole("listitem").filter({ hasText: "Test editor (you)" }).waitFor();
    await page.getByRole("toolbar", { name: "Formatting" }).waitFor();

    await page.reload();
    await page.locator('[data-id="para-a-1"]').waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to Parley" }).waitFor();
  });

  it("shows each person's text and caret to the other, and keeps the text after a reload", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const reportUrl = `${server.url}/consultations/${DEMO_CONSULTATION_ID}`;
    const editor = await (await personContext(browser, server.url, server.people.editor)).newPage();
    const coordinator = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await openReport(editor, reportUrl);
    await openReport(coordinator, reportUrl);

    await focusEndOfParagraph(editor, "para-a-1");
    await editor.keyboard.type(" The editor adds a sentence.");
    await coordinator.locator('[data-id="para-a-1"]', { hasText: "The editor adds a sentence." }).waitFor();
    await coordinator.locator(".collaboration-carets__label", { hasText: "Test editor" }).waitFor();

    await focusEndOfParagraph(coordinator, "para-b-6");
    await coordinator.keyboard.type(" The coordinator replies here.");
    await editor.locator('[data-id="para-b-6"]', { hasText: "The coordinator replies here." }).waitFor();
    await editor.locator(".collaboration-carets__label", { hasText: "Test coordinator" }).waitFor();
    await editor.getByRole("listitem").filter({ hasText: "Test coordinator" }).waitFor();

    // A reviewer in a fresh profile gets the text from the server, and may only read it.
    const reviewer = await (await personContext(browser, server.url, server.people.reviewer)).newPage();
    await openReport(reviewer, reportUrl);
    await reviewer.locator('[data-id="para-a-1"]', { hasText: "The editor adds a sentence." }).waitFor();
    await reviewer.locator('[data-id="para-b-6"]', { hasText: "The coordinator replies here." }).waitFor();
    await reviewer.getByText("Read only").waitFor();
    expect(await reviewer.locator(".report-text").getAttribute("contenteditable")).toBe("false");
    expect(await reviewer.getByRole("toolbar").count()).toBe(0);

    await editor.reload();
    await editor.locator('[data-id="para-b-6"]', { hasText: "The coordinator replies here." }).waitFor();
  });

  it("numbers a new paragraph and renumbers those after it", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.editor)).newPage();
    await openReport(page, `${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    const lastBefore = await page.locator("[data-paragraph-number]").last().getAttribute("data-paragraph-number");

    await focusEndOfParagraph(page, "para-a-1");
    await page.keyboard.press("Enter");
    await page.keyboard.type("A new second paragraph.");
    const inserted = page.locator(".report-text > p", { hasText: "A new second paragraph." });
    await expect.poll(() => inserted.getAttribute("data-paragraph-number")).toBe("2");
    expect(await page.locator('[data-id="para-a-1"]').getAttribute("data-paragraph-number")).toBe("1");
    const newId = await inserted.getAttribute("data-id");
    expect(newId).toMatch(/^p-/);
    expect(await page.locator("[data-paragraph-number]").last().getAttribute("data-paragraph-number")).toBe(String(Number(lastBefore) + 1));
  });

  it("gives pasted copies of paragraphs fresh ids", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.editor)).newPage();
    await openReport(page, `${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    await focusEndOfParagraph(page, "para-c-11");
    await page.evaluate(() => {
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/html", '<p data-id="para-a-1">First copy</p><p data-id="para-a-2">Second copy</p>');
      clipboardData.setData("text/plain", "First copy\n\nSecond copy");
      document.querySelector(".report-text")?.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
    });
    await page.locator(".report-text > p", { hasText: "Second copy" }).waitFor();
    const ids = await page.locator(".report-text [data-id]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-id")));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(await page.locator('[data-id="para-a-1"]').textContent()).not.toContain("copy");
  });
});
