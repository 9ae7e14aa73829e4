import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

describe("the versions page's layout in Chromium", () => {
  it("keeps the history, its Actions column included, clear of the diff beside it from 1280 to 1920 px, in languages with long words", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    // Russian, French and Spanish words ("Восстановить", "Automatique", dates) are longer than English ones.
    const cases = [
      ["en-GB", 1280],
      ["ru-RU", 1280],
      ["ru-RU", 1600],
      ["ru-RU", 1920],
      ["fr-FR", 1280],
      ["es-ES", 1440],
    ] as const;
    for (const [locale, width] of cases) {
      const context = await personContext(browser, server.url, server.people.editor, { locale, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/consultations/${DEMO_CONSULTATION_ID}/versions`);
      await page.locator(".version-history tbody tr").nth(1).waitFor();
      // From the oldest version to now, so there are changes to show whatever the picker starts at;
      // then the picker's own button ("Show changes" in English), then the diff's heading.
      const older = page.locator(".compare-picker select").first();
      await older.selectOption({ index: (await older.locator("option").count()) - 1 });
      await page.locator(".compare-picker button[type=submit]").click();
      await page.locator(".versions-panel .paragraph-diff").first().waitFor();

      const overlaps = await page.evaluate(() => {
        const panel = document.querySelector(".versions-panel")!.getBoundingClientRect();
        const cells = [...document.querySelectorAll<HTMLElement>(".version-history table tr > *, .version-history button")];
        return cells
          .map((cell) => {
            const box = cell.getBoundingClientRect();
            return { text: cell.textContent?.slice(0, 40), overlap: Math.min(box.right, panel.right) - Math.max(box.left, panel.left) };
          })
          .filter((cell) => cell.overlap > 0);
      });
      expect({ locale, width, overlaps }).toEqual({ locale, width, overlaps: [] });
      // Nothing sticks out of the window either.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    }
  });
});
