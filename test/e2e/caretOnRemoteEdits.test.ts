import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

/** Puts the caret at the start of the paragraph with this stable id, through the real editor. */
async function focusStartOfParagraph(page: Page, id: string): Promise<void> {
  await page.evaluate((paragraphId) => {
    interface NodeLike {
      attrs: Record<string, unknown>;
    }
    interface EditorLike {
      commands: { setTextSelection(position: number): boolean };
      view: { focus(): void; state: { doc: { forEach(visit: (node: NodeLike, offset: number) => void): void } } };
    }
    const editor = (document.querySelector(".report-text") as (HTMLElement & { editor?: EditorLike }) | null)?.editor;
    if (!editor) {
      throw new Error("No editor on the page");
    }
    let start = -1;
    editor.view.state.doc.forEach((node, offset) => {
      if (node.attrs.id === paragraphId) {
        start = offset + 1;
      }
    });
    if (start < 0) {
      throw new Error(`No paragraph ${paragraphId}`);
    }
    editor.commands.setTextSelection(start);
    editor.view.focus();
  }, id);
  await page.waitForFunction(() => document.activeElement?.classList.contains("report-text") ?? false);
}

async function twoEditors() {
  const server = await startServer();
  const browser = await launchBrowser();
  const reportUrl = `${server.url}/consultations/${DEMO_CONSULTATION_ID}`;
  const first = await (await personContext(browser, server.url, server.people.editor)).newPage();
  const second = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
  await openReport(first, reportUrl);
  await openReport(second, reportUrl);
  return { first, second };
}

/** The paragraph's text as the editor holds it (co-editors' caret labels are not text). */
function paragraphText(page: Page, id: string): Promise<string> {
  return page.evaluate((paragraphId) => {
    interface NodeLike {
      attrs: Record<string, unknown>;
      textContent: string;
    }
    interface EditorLike {
      state: { doc: { forEach(visit: (node: NodeLike) => void): void } };
    }
    const editor = (document.querySelector(".report-text") as (HTMLElement & { editor?: EditorLike }) | null)?.editor;
    let text = "";
    editor?.state.doc.forEach((node) => {
      if (node.attrs.id === paragraphId) {
        text = node.textContent;
      }
    });
    return text;
  }, id);
}

describe("a co-editor's insertion earlier in the same paragraph", () => {
  it("leaves the caret after the words one just typed, so typing on continues them", async () => {
    const { first, second } = await twoEditors();
    await focusEndOfParagraph(first, "para-a-1");
    await first.keyboard.type(" alphatail");
    await second.locator('[data-id="para-a-1"]', { hasText: "alphatail" }).waitFor();

    await focusStartOfParagraph(second, "para-a-1");
    await second.keyboard.type("Omega opens the paragraph. ");
    await first.locator('[data-id="para-a-1"]', { hasText: "Omega opens the paragraph." }).waitFor();

    await first.keyboard.type(" omegatail");
    for (const page of [first, second]) {
      await expect.poll(() => paragraphText(page, "para-a-1")).toMatch(/ alphatail omegatail$/);
      expect(await paragraphText(page, "para-a-1")).toMatch(/^Omega opens the paragraph\. /);
    }
  });

  it("keeps both people's words whole when they type in one paragraph at the same time", async () => {
    const { first, second } = await twoEditors();
    await focusEndOfParagraph(first, "para-a-1");
    await focusStartOfParagraph(second, "para-a-1");

    await Promise.all([first.keyboard.type(" endwords typed at the end", { delay: 40 }), second.keyboard.type("Startwords typed at the start. ", { delay: 40 })]);

    for (const page of [first, second]) {
      await expect.poll(() => paragraphText(page, "para-a-1")).toMatch(/^Startwords typed at the start\. .* endwords typed at the end$/);
    }
    expect(await paragraphText(first, "para-a-1")).toBe(await paragraphText(second, "para-a-1"));
  });

  it("keeps the caret in a paragraph a co-editor moves, at the end of one's words", async () => {
    const { first, second } = await twoEditors();
    await focusEndOfParagraph(first, "para-a-2");
    await first.keyboard.type(" firsttail");
    await second.locator('[data-id="para-a-2"]', { hasText: "firsttail" }).waitFor();

    await focusEndOfParagraph(second, "para-a-2");
    await second.keyboard.press("Alt+Shift+ArrowUp");
    await expect.poll(() => first.locator(".report-text > [data-id]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-id")).filter((id) => id?.startsWith("para-a-")))).toEqual(["para-a-2", "para-a-1", "para-a-3", "para-a-4", "para-a-5"]);

    await first.keyboard.type(" secondtail");
    for (const page of [first, second]) {
      await expect.poll(() => paragraphText(page, "para-a-2")).toMatch(/ firsttail secondtail$/);
    }
  });
});
