import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";
import { addComments, demoParagraphs } from "../helpers/submissionComments";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;
/** Within this many pixels counts as level. */
const LEVEL = 4;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Each comment group's box and its paragraph's, in rail order, once the rail has stopped moving. */
async function railBoxes(page: Page): Promise<{ id: string; group: Box; paragraph: Box }[]> {
  const read = () =>
    page.evaluate(() => {
      const box = (element: Element | null): Box => {
        const rect = element?.getBoundingClientRect();
        return { top: rect?.top ?? Number.NaN, bottom: rect?.bottom ?? Number.NaN, left: rect?.left ?? Number.NaN, right: rect?.right ?? Number.NaN };
      };
      return [...document.querySelectorAll<HTMLElement>(".comment-rail > .comment-group")].map((group) => ({
        id: group.dataset.paragraphId ?? "",
        group: box(group),
        paragraph: box(document.querySelector(`.report-text > [data-id="${CSS.escape(group.dataset.paragraphId ?? "")}"]`)),
      }));
    });
  // Groups glide to their places (and the page may be scrolling): wait for two equal readings.
  let last = JSON.stringify(await read());
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(150);
    const next = JSON.stringify(await read());
    if (next === last) {
      break;
    }
    last = next;
  }
  return JSON.parse(last) as { id: string; group: Box; paragraph: Box }[];
}

/** Every group sits beside the report, level with its paragraph unless the group above it takes the room, and none overlap. */
function expectAligned(boxes: { id: string; group: Box; paragraph: Box }[], anchorId: string | null): void {
  const anchor = anchorId === null ? 0 : boxes.findIndex((entry) => entry.id === anchorId);
  expect(anchor).toBeGreaterThanOrEqual(0);
  expect(Math.abs(boxes[anchor]!.group.top - boxes[anchor]!.paragraph.top)).toBeLessThan(LEVEL);
  boxes.forEach((entry, index) => {
    const above = boxes[index - 1];
    if (above) {
      // No two groups overlap.
      expect(entry.group.top).toBeGreaterThanOrEqual(above.group.bottom);
    }
    if (index > anchor && above) {
      const level = Math.abs(entry.group.top - entry.paragraph.top) < LEVEL;
      // Below the anchored group: level, or pushed down just below the group above, never further.
      expect(level || (entry.group.top > entry.paragraph.top && entry.group.top - above.group.bottom < 12)).toBe(true);
    }
  });
}

describe("the comment rail's layout in Chromium", () => {
  for (const [locale, width] of [
    ["en-GB", 1280],
    ["en-GB", 1400],
    ["ar", 1280],
  ] as const) {
    it(`keeps cards level with their paragraphs, and a badge shows its paragraph and card together (${locale}, ${width} px)`, async () => {
      const server = await startServer();
      // Dense comments on paragraphs 20 to 23, so the cards take more room than their paragraphs; one more on 36, far enough below to have room.
      await addComments(server, [
        { number: "20", body: "First of four close comments.", kind: "amendment", stance: "amend" },
        { number: "21", body: "Second of four close comments." },
        { number: "22", body: "Third of four close comments.", kind: "amendment", stance: "amend" },
        { number: "23", body: "The comment on paragraph 23." },
        { number: "36", body: "A comment further down." },
      ]);
      const report = await demoParagraphs(server);
      const id = (number: string) => report.get(number)?.id ?? "";
      const browser = await launchBrowser();
      const context = await personContext(browser, server.url, server.people.member, { locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await openReport(page, server.url + REPORT);
      await page.locator(".comment-card").nth(4).waitFor();

      const initial = await railBoxes(page);
      expect(initial.map((entry) => entry.id)).toEqual(["20", "21", "22", "23", "36"].map(id));
      expectAligned(initial, null);
      // Paragraph 36 has room: its card is level with it.
      const roomy = initial[4]!;
      expect(Math.abs(roomy.group.top - roomy.paragraph.top)).toBeLessThan(LEVEL);
      // The rail is beside the text, on the inline end's side (the left in Arabic).
      for (const entry of initial) {
        if (locale === "ar") {
          expect(entry.group.right).toBeLessThanOrEqual(entry.paragraph.left);
        } else {
          expect(entry.group.left).toBeGreaterThanOrEqual(entry.paragraph.right);
        }
      }

      await page.locator(`.comment-badge[data-paragraph-id="${id("23")}"]`).click();
      await page.waitForFunction(() => document.activeElement?.closest(".comment-card") !== null);
      const after = await railBoxes(page);
      // The chosen paragraph's card comes level with it; the cards above make room, those below follow.
      expectAligned(after, id("23"));
      const chosen = after.find((entry) => entry.id === id("23"))!;
      const height = await page.evaluate(() => window.innerHeight);
      expect(chosen.paragraph.top).toBeGreaterThanOrEqual(0);
      expect(chosen.paragraph.bottom).toBeLessThanOrEqual(height);
      expect(chosen.group.top).toBeGreaterThanOrEqual(0);
      expect(chosen.group.top).toBeLessThan(height - 100);
    });
  }

  it("never lets a new comment's form or a detached comment widen the page, at 1280, 1400 and 390 px", async () => {
    const server = await startServer();
    await addComments(server, [
      { number: "99", body: "A comment whose paragraph was removed long ago, with a long word: Informationssicherheitsbeauftragte." },
    ]);
    const report = await demoParagraphs(server);
    const browser = await launchBrowser();
    for (const width of [1280, 1400, 390]) {
      const context = await personContext(browser, server.url, server.people.member, { viewport: { width, height: 800 } });
      const page = await context.newPage();
      await openReport(page, server.url + REPORT);
      const detached = page.getByRole("region", { name: "Comments on removed paragraphs" });
      await detached.locator(".comment-card").waitFor();

      await page.locator(`.comment-badge[data-paragraph-id="${report.get("23")?.id}"]`).click();
      const composer = page.getByRole("form", { name: "New comment" });
      await composer.waitFor();
      const boxes = await page.evaluate(() => {
        const box = (selector: string) => {
          const rect = document.querySelector(selector)!.getBoundingClientRect();
          return { left: rect.left, right: rect.right };
        };
        // Everything shown inside them (a closed disclosure's content and a select's options have no box).
        const inside = [...document.querySelectorAll(".comment-composer *, .detached-comments *")]
          .map((element) => element.getBoundingClientRect())
          .filter((rect) => rect.width > 0 && rect.height > 0)
          .map((rect) => ({ left: rect.left, right: rect.right }));
        return { aside: box(".report-aside"), composer: box(".comment-composer"), detached: box(".detached-comments"), inside, scrollWidth: document.scrollingElement!.scrollWidth, width: window.innerWidth };
      });
      expect(boxes.scrollWidth).toBeLessThanOrEqual(boxes.width);
      for (const part of [boxes.composer, boxes.detached, ...boxes.inside]) {
        expect(part.left).toBeGreaterThanOrEqual(boxes.aside.left - 1);
        expect(part.right).toBeLessThanOrEqual(boxes.aside.right + 1);
      }
      await context.close();
    }
  });
});
