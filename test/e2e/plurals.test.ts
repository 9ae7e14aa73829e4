import { describe, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { api, startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

describe("counts in words", () => {
  it("says 1 character, not 1 characters, in the live count and in a refused export's list, in English and Russian", async () => {
    const server = await startServer();
    await api(server, `/api${REPORT}`, { as: "coordinator", method: "PATCH", body: JSON.stringify({ limits: { maxCommentCharacters: null, maxPages: 1, asciiOnly: true } }) });
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.lead)).newPage();
    await openReport(page, `${server.url}${REPORT}`);

    await page.getByText("General remarks and cover note", { exact: true }).click();
    const remarks = (await page.getByRole("textbox", { name: "General remarks" }).elementHandle())!;
    await remarks.click();
    await page.keyboard.type("é");
    await page.getByText("Your submission: 1 character, pages: 1 of 1", { exact: true }).waitFor();

    await page.getByText("Export and import", { exact: true }).click();
    const packageForm = page.locator("form", { has: page.getByRole("heading", { name: "Your organisation's comments" }) });
    await packageForm.getByLabel("Format").selectOption("docx");
    await packageForm.getByRole("button", { name: "Download" }).press("Enter");
    await packageForm.locator(".limit-violations").getByRole("listitem").filter({ hasText: /^General remarks: 1 character that is not plain ASCII \(é\)$/ }).waitFor();

    await page.getByRole("banner").getByLabel("Language").selectOption("ru");
    await page.getByText("Ваше представление: 1 символ, страниц: 1 из 1", { exact: true }).waitFor();
    await remarks.click();
    await page.keyboard.press("End");
    await page.keyboard.type("ab");
    await page.getByText("Ваше представление: 3 символа, страниц: 1 из 1", { exact: true }).waitFor();
  });
});
