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
});
