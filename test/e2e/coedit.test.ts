import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

describe("co-editing the report in Chromium", () => {
  it("asks for a name once, then shows the report with paragraph numbers in the margin", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser)).newPage();
    await page.goto(server.url);
    await page.getByRole("link", { name: "Initial pre-draft: consultation on the draft report" }).click();

    const dialog = page.getByRole("dialog", { name: "What name should others see?" });
    await dialog.getByLabel("Your name").fill("Amira");
    await dialog.getByLabel("Your name").press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.locator('[data-id="para-a-1"][data-paragraph-number="1"]').waitFor();
    await page.locator('[data-id="section-h"]', { hasText: "Conclusions and recommendations" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Saved and connected" }).waitFor();
    await page.getByRole("listitem").filter({ hasText: "Amira (you)" }).waitFor();

    await page.reload();
    await page.locator('[data-id="para-a-1"]').waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  it("shows each person's text and caret to the other, and keeps the text after a reload", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const reportUrl = `${server.url}/consultations/${DEMO_CONSULTATION_ID}`;
    const amira = await (await personContext(browser, "Amira")).newPage();
    const bastien = await (await personContext(browser, "Bastien")).newPage();
    await openReport(amira, reportUrl);
    await openReport(bastien, reportUrl);

    await focusEndOfParagraph(amira, "para-a-1");
    await amira.keyboard.type(" Amira adds a sentence.");
    await bastien.locator('[data-id="para-a-1"]', { hasText: "Amira adds a sentence." }).waitFor();
    await bastien.locator(".collaboration-carets__label", { hasText: "Amira" }).waitFor();

    await focusEndOfParagraph(bastien, "para-b-6");
    await bastien.keyboard.type(" Bastien replies here.");
    await amira.locator('[data-id="para-b-6"]', { hasText: "Bastien replies here." }).waitFor();
    await amira.locator(".collaboration-carets__label", { hasText: "Bastien" }).waitFor();
    await amira.getByRole("listitem").filter({ hasText: "Bastien" }).waitFor();

    // A new person in a fresh profile gets the text from the server, not from a local copy.
    const chen = await (await personContext(browser, "Chen")).newPage();
    await openReport(chen, reportUrl);
    await chen.locator('[data-id="para-a-1"]', { hasText: "Amira adds a sentence." }).waitFor();
    await chen.locator('[data-id="para-b-6"]', { hasText: "Bastien replies here." }).waitFor();

    await amira.reload();
    await amira.locator('[data-id="para-b-6"]', { hasText: "Bastien replies here." }).waitFor();
  });

  it("numbers a new paragraph and renumbers those after it", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, "Amira")).newPage();
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
    const page = await (await personContext(browser, "Amira")).newPage();
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
