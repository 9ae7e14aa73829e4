import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";
import { addComments, demoParagraphs } from "../helpers/submissionComments";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

/** What has the keyboard: its tag, classes, paragraph (for badges and report blocks) and comment. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase() ?? "",
      className: typeof active?.className === "string" ? active.className : "",
      paragraphId: active?.dataset.paragraphId ?? null,
      commentId: active?.closest<HTMLElement>(".comment-card")?.dataset.commentId ?? null,
    };
  });

/** Whether an element lies wholly inside the window. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe("the report by keyboard in Chromium", () => {
  it("lets a member Tab into the read-only report text, select words with Shift+arrows and comment on them with Ctrl+Alt+M", async () => {
    const server = await startServer();
    const report = await demoParagraphs(server);
    const paragraph23 = report.get("23")!;
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(page, server.url + REPORT);
    const text = page.getByRole("textbox", { name: "Report text" });
    expect(await text.getAttribute("aria-readonly")).toBe("true");

    // From the comment bar above, Tab reaches the report text in a few steps.
    await page.getByRole("button", { name: "Go to paragraph" }).focus();
    let presses = 0;
    while (!(await focused(page)).className.includes("report-text") && presses < 12) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    expect((await focused(page)).className).toContain("report-text");
    // Reading on (as the wheel or Page Down would) until paragraph 23 is the first one in the window.
    await page.locator(`.report-text > [data-id="${paragraph23.id}"]`).evaluate((element) => {
      element.scrollIntoView({ block: "start" });
      window.scrollBy(0, -8);
    });

    // The caret starts at the first paragraph in the window; Shift+Ctrl+Right selects its first three words.
    for (let word = 0; word < 3; word++) {
      await page.keyboard.press("Shift+Control+ArrowRight");
    }
    const firstWords = paragraph23.text.split(/\s+/).slice(0, 3).join(" ");
    expect((await page.evaluate(() => window.getSelection()?.toString() ?? "")).trim()).toBe(firstWords);
    await page.keyboard.press("Control+Alt+KeyM");
    const composer = page.getByRole("form", { name: "New comment" });
    await composer.getByRole("blockquote").filter({ hasText: firstWords }).waitFor();
    expect(await composer.getByLabel("Paragraph").inputValue()).toBe(paragraph23.id);
    // Nothing was typed into the report on the way.
    expect(await page.locator(`.report-text > [data-id="${paragraph23.id}"]`).textContent()).toContain(paragraph23.text);
  });

  it("goes to paragraph N and its +, comments on the focused paragraph, and gives the focus back after Escape and Attach", async () => {
    const server = await startServer();
    const report = await demoParagraphs(server);
    const id = (number: string) => report.get(number)!.id;
    const [detachedId] = await addComments(server, [{ number: "99", body: "A comment whose paragraph was removed." }]);
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(page, server.url + REPORT);

    // Go to paragraph 23: two keystrokes and Enter instead of dozens of Tabs.
    await page.getByLabel("Paragraph number").fill("23");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).paragraphId).toBe(id("23"));
    expect((await focused(page)).className).toContain("comment-badge");
    await expect.poll(() => inView(page, `.report-text > [data-id="${id("23")}"]`)).toBe(true);

    // A paragraph that is not there is said so, and the focus stays put.
    await page.getByLabel("Paragraph number").fill("400");
    await page.keyboard.press("Enter");
    await page.getByText("There is no paragraph 400.").waitFor();
    await page.getByLabel("Paragraph number").fill("23");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).paragraphId).toBe(id("23"));

    // Ctrl+Alt+M on paragraph 23's + comments on paragraph 23, not paragraph 1.
    await page.keyboard.press("Control+Alt+KeyM");
    const composer = page.getByRole("form", { name: "New comment" });
    await composer.waitFor();
    expect(await composer.getByLabel("Paragraph").inputValue()).toBe(id("23"));
    // Escape closes it and hands the focus back to the + it came from.
    await page.keyboard.press("Escape");
    await composer.waitFor({ state: "detached" });
    await expect.poll(async () => (await focused(page)).paragraphId).toBe(id("23"));

    // Attach: the comment moves into the rail, and the focus goes with it.
    const detached = page.getByRole("region", { name: "Comments on removed paragraphs" });
    await detached.getByLabel("Attach to paragraph").selectOption(id("30"));
    await detached.getByRole("button", { name: "Attach" }).click();
    await page.locator(`.comment-group[data-paragraph-id="${id("30")}"] .comment-card[data-comment-id="${detachedId}"]`).waitFor();
    await expect.poll(async () => (await focused(page)).commentId).toBe(detachedId);
  });
});
