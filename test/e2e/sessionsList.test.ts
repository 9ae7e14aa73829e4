import { describe, expect, it } from "vitest";
import { launchBrowser, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

describe("the account page's sessions", () => {
  it("names the browser and system in words, with the raw User-Agent string as the tooltip", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await page.goto(`${server.url}/account`);
    const row = page.getByRole("row").filter({ hasText: "this device" });
    await row.waitFor();
    const name = row.locator("td").first().locator("span[title]");
    const userAgent = await page.evaluate(() => navigator.userAgent);
    expect(await name.getAttribute("title")).toBe(userAgent);
    expect(await name.innerText()).toMatch(/^(Headless Chrome|Chrome|Chromium) \d+ on Linux$/);
  });
});
