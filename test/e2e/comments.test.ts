import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;
/** The third paragraph of section H ("H.3"), numbered 38 in the demo report. */
const H3 = "para-h-38";

/** Selects words of a paragraph through the real editor, as a mouse drag would. */
async function selectWords(page: Page, paragraphId: string, words: string): Promise<void> {
  await page.evaluate(
    ({ paragraphId, words }) => {
      interface NodeLike {
        attrs: Record<string, unknown>;
        textContent: string;
      }
      interface EditorLike {
        commands: { setTextSelection(range: { from: number; to: number }): boolean };
        state: { doc: { forEach(visit: (node: NodeLike, offset: number) => void): void } };
      }
      const editor = (document.querySelector(".report-text") as (HTMLElement & { editor?: EditorLike }) | null)?.editor;
      let from = -1;
      editor?.state.doc.forEach((node, offset) => {
        if (node.attrs.id === paragraphId && node.textContent.includes(words)) {
          from = offset + 1 + node.textContent.indexOf(words);
        }
      });
      if (!editor || from < 0) {
        throw new Error(`No "${words}" in ${paragraphId}`);
      }
      editor.commands.setTextSelection({ from, to: from + words.length });
    },
    { paragraphId, words },
  );
}

/** Waits until a comment body has the keyboard, as it does right after "Add comment". */
async function bodyFocused(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.closest(".comment-card .comment-text") !== null);
}

/** The comment card whose body holds this text. */
const card = (page: Page, text: string) => page.locator(".comment-card", { has: page.locator(".comment-text", { hasText: text }) });

describe("commenting on the report in Chromium", () => {
  it("lets two members co-edit a comment with live carets, and hides it from another organisation", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    const lead = await (await personContext(browser, server.url, server.people.lead)).newPage();
    const outsider = await (await personContext(browser, server.url, server.people.otherMember)).newPage();
    await openReport(member, server.url + REPORT);
    await openReport(lead, server.url + REPORT);
    await openReport(outsider, server.url + REPORT);

    await member.getByRole("heading", { name: "Submission of Open Networks Alliance" }).waitFor();
    await selectWords(member, H3, "points of contact in the global directory");
    await member.keyboard.press("Control+Alt+KeyM");
    const composer = member.getByRole("form", { name: "New comment" });
    await composer.getByRole("blockquote").filter({ hasText: "points of contact in the global directory" }).waitFor();
    expect(await composer.getByLabel("Paragraph").inputValue()).toBe(H3);
    await composer.getByLabel("Kind").selectOption("question");
    await composer.getByRole("button", { name: "Add comment" }).click();
    await bodyFocused(member);
    await member.keyboard.type("Which positions count as published?");

    // The quoted words are highlighted in the report, and the margin shows one comment.
    await member.locator(`[data-id="${H3}"] .comment-quote`, { hasText: "points of contact in the global directory" }).waitFor();
    await member.locator(`[data-id="${H3}"] .comment-badge[data-count="1"]`).waitFor();

    const shared = card(lead, "Which positions count as published?");
    await shared.waitFor();
    await shared.locator(".comment-text").click();
    await lead.keyboard.press("End");
    await lead.keyboard.type(" Ask for a list.");
    await card(member, "Ask for a list.").waitFor();
    await member.locator(".comment-card .collaboration-carets__label", { hasText: "Test lead" }).waitFor();
    await lead.locator(".comment-card .collaboration-carets__label", { hasText: "Test member" }).waitFor();

    await member.getByText("General remarks and cover note").click();
    await member.getByRole("textbox", { name: "General remarks" }).click();
    await member.keyboard.type("Overall the draft is balanced.");
    await lead.getByText("General remarks and cover note").click();
    await lead.getByRole("textbox", { name: "General remarks" }).getByText("Overall the draft is balanced.").waitFor();

    await outsider.getByRole("heading", { name: "Submission of Digital Rights Collective" }).waitFor();
    await outsider.getByText("No comments yet").waitFor();
    expect(await outsider.locator(".comment-card").count()).toBe(0);
    expect(await outsider.locator(`[data-id="${H3}"] .comment-badge`).getAttribute("data-count")).toBe("0");
    expect(await outsider.getByText("Which positions count as published?").count()).toBe(0);
    expect(await outsider.getByText("Overall the draft is balanced.").count()).toBe(0);
  });

  it("keeps a comment beside its paragraph as text is added above, and detaches it when the paragraph is deleted", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    const editor = await (await personContext(browser, server.url, server.people.editor)).newPage();
    await openReport(member, server.url + REPORT);
    await openReport(editor, server.url + REPORT);

    await member.getByRole("button", { name: "Comment on paragraph 38" }).click();
    await member.getByRole("form", { name: "New comment" }).getByRole("combobox", { name: /^Position/ }).selectOption("oppose");
    await member.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await bodyFocused(member);
    await member.keyboard.type("This recommendation needs a date.");
    const group = member.locator(`.comment-group[data-paragraph-id="${H3}"]`);
    await group.getByRole("button", { name: "Paragraph 38", exact: true }).waitFor();

    await focusEndOfParagraph(editor, "para-h-36");
    for (const sentence of ["A first new paragraph above.", "A second new paragraph above."]) {
      await editor.keyboard.press("Enter");
      await editor.keyboard.type(sentence);
    }
    await member.locator(".report-text > p", { hasText: "A second new paragraph above." }).waitFor();
    await group.getByRole("button", { name: "Paragraph 40", exact: true }).waitFor();
    const offset = async () => {
      const [paragraphTop, groupTop] = await Promise.all([
        member.locator(`.report-text > [data-id="${H3}"]`).evaluate((element) => element.getBoundingClientRect().top),
        group.evaluate((element) => element.getBoundingClientRect().top),
      ]);
      return Math.abs(paragraphTop - groupTop);
    };
    await expect.poll(offset).toBeLessThan(4);

    await editor.evaluate((paragraphId) => {
      interface EditorLike {
        commands: { deleteRange(range: { from: number; to: number }): boolean };
        state: { doc: { forEach(visit: (node: { attrs: Record<string, unknown>; nodeSize: number }, offset: number) => void): void } };
      }
      const instance = (document.querySelector(".report-text") as (HTMLElement & { editor?: EditorLike }) | null)?.editor;
      let range: { from: number; to: number } | null = null;
      instance?.state.doc.forEach((node, offset) => {
        if (node.attrs.id === paragraphId) {
          range = { from: offset, to: offset + node.nodeSize };
        }
      });
      if (!instance || !range) {
        throw new Error(`No paragraph ${paragraphId}`);
      }
      instance.commands.deleteRange(range);
    }, H3);

    const detached = member.getByRole("region", { name: "Comments on removed paragraphs" });
    await detached.getByText("last numbered 40").waitFor();
    await card(member, "This recommendation needs a date.").waitFor();
    await detached.getByLabel("Attach to paragraph").selectOption("para-h-39");
    await detached.getByRole("button", { name: "Attach" }).click();
    await member.locator('.comment-group[data-paragraph-id="para-h-39"]').getByText("This recommendation needs a date.").waitFor();
    expect(await detached.count()).toBe(0);
  });

  it("lets a partner endorse a comment only once it is shared, and shows the backing to its authors", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    const partner = await (await personContext(browser, server.url, server.people.otherMember)).newPage();
    await openReport(member, server.url + REPORT);
    await openReport(partner, server.url + REPORT);

    await member.getByRole("button", { name: "Comment on paragraph 38" }).click();
    await member.getByRole("form", { name: "New comment" }).getByLabel("Kind").selectOption("amendment");
    await member.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await bodyFocused(member);
    await member.keyboard.type("Keep the directory up to date every year.");
    const own = card(member, "Keep the directory up to date every year.");
    await own.getByRole("textbox", { name: "Proposed text for paragraph 38" }).waitFor();

    // Not shared yet: the partner sees nothing of it.
    await partner.getByLabel(/Show what partners shared/).check();
    await partner.getByLabel("Show what partners shared (0)").waitFor();
    expect(await partner.getByText("Keep the directory up to date every year.").count()).toBe(0);

    await own.getByRole("button", { name: "Share with the coalition" }).click();
    await partner.reload();
    await partner.locator(".report-text [data-paragraph-number]").first().waitFor();
    await partner.getByLabel("Show what partners shared (1)").check();
    const sharedComment = partner.getByRole("article", { name: "Comment shared by Open Networks Alliance" });
    await sharedComment.getByText("Keep the directory up to date every year.").waitFor();
    await sharedComment.getByRole("button", { name: "Endorse for Digital Rights Collective" }).click();
    await sharedComment.getByText("Backed by 1: Digital Rights Collective").waitFor();

    await member.reload();
    await card(member, "Keep the directory up to date every year.").getByText("Backed by 1: Digital Rights Collective").waitFor();
  });
});
