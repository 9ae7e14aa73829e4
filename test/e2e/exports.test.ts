import fs from "node:fs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

describe("exports in Chromium", () => {
  it("lets a member download their organisation's draft as a Word file, by keyboard", async () => {
    const server = await startServer();
    seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(page, `${server.url}${REPORT}`);
    await page.getByText("Export", { exact: true }).click();
    expect(await page.getByRole("heading", { name: "Coalition package" }).count()).toBe(0);
    await page.getByLabel("Format").selectOption("docx");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).press("Enter")]);
    expect(download.suggestedFilename()).toBe("ict-security-open-networks-draft.docx");
    const text = (await mammoth.extractRawText({ buffer: fs.readFileSync(await download.path()) })).value;
    expect(text).toContain("Comments of Open Networks Alliance");
    expect(text).toContain("DRAFT: not submitted");
    await page.getByRole("status").filter({ hasText: "Downloaded ict-security-open-networks-draft.docx." }).waitFor();
  });

  it("downloads the package in the language the person reads the page in", async () => {
    const server = await startServer();
    seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(page, `${server.url}${REPORT}`);
    await page.getByLabel("Language").selectOption("fr");
    await page.getByText("Exporter", { exact: true }).click();
    await page.getByLabel("Format").selectOption("md");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger" }).click()]);
    const markdown = fs.readFileSync(await download.path(), "utf8");
    expect(markdown).toContain("# Commentaires de Open Networks Alliance");
    expect(markdown).toMatch(/### Paragraphe 38\u00a0: /);
  });

  it("shows a coordinator the coalition export's progress, then the ZIP", async () => {
    const server = await startServer();
    seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await openReport(page, `${server.url}${REPORT}`);
    await page.getByText("Export and import", { exact: true }).click();
    const coalition = page.locator("form", { has: page.getByRole("heading", { name: "Coalition package" }) });
    await coalition.getByLabel("PDF").check();
    await coalition.getByRole("button", { name: "Export all organisations" }).click();
    await coalition.getByRole("progressbar").waitFor();
    await coalition.getByText(/Exporting: step \d of 5/).waitFor();
    const link = coalition.getByRole("link", { name: "Download ict-security-coalition-draft.zip" });
    await link.waitFor();
    await page.getByRole("status").filter({ hasText: "The coalition package is ready." }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    expect(Object.keys(zip.files)).toContain("comment-matrix.xlsx");
    expect(Object.keys(zip.files)).toContain("packages/ict-security-digital-rights-draft.pdf");
  });

  it("warns a coordinator in the import preview when an unrelated text would detach the comments", async () => {
    const server = await startServer();
    seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await openReport(page, `${server.url}${REPORT}`);
    await page.getByText("Export and import", { exact: true }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Import a draft report" }) });
    const markdown = "## A. Scope\n\n1. Ransomware groups increasingly target supply chains.\n\n40. The chair thanked the secretariat.\n";
    await form.getByLabel("PDF, Word, OpenDocument, Markdown, HTML or text file").setInputFiles({ name: "other.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
    await form.getByRole("button", { name: "Preview" }).press("Enter");
    const mapping = form.getByRole("region", { name: "What happens to the comments" });
    await mapping.getByText("Current paragraphs: 0 kept, 0 re-attached to a similar paragraph at another number, 40 with no similar paragraph in the file.").waitFor();
    const warning = mapping.getByRole("alert");
    expect(await warning.textContent()).toMatch(/^\d+ comments would be detached: the file has no paragraph similar to theirs\./);
    await mapping.getByRole("listitem").filter({ hasText: "Open Networks Alliance: comment on paragraph 40 would be detached" }).waitFor();
    // At a phone's width the warning stays inside the form.
    await page.setViewportSize({ width: 390, height: 800 });
    const [warningBox, formBox] = [await warning.boundingBox(), await form.boundingBox()];
    expect((warningBox?.x ?? 0) + (warningBox?.width ?? 0)).toBeLessThanOrEqual((formBox?.x ?? 0) + (formBox?.width ?? 0) + 1);
  });
});
