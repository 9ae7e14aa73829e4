import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

const CONSULTATION = "Initial pre-draft: consultation on the draft report";

/** The id of the element that has the keyboard focus, or its tag name when it has none. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || "");

describe("moving between pages in Chromium", () => {
  it("names every page in the tab title, in the person's language, and puts the focus on the new page's content", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const context = await personContext(browser, server.url, server.people.coordinator);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { name: "Consultations", level: 1 }).waitFor();
    expect(await page.title()).toBe("Consultations – Parley");
    expect(await focused(page)).toBe("BODY");
    // The header's links stand apart on the first screen, before any other page's styles load.
    const navLinks = await page.getByRole("navigation", { name: "Main" }).getByRole("link").evaluateAll((links) => links.map((link) => link.getBoundingClientRect()));
    expect(navLinks).toHaveLength(3);
    navLinks.slice(1).forEach((link, index) => expect(link.left - (navLinks[index]?.right ?? 0)).toBeGreaterThanOrEqual(8));

    // Keyboard only: the link is reached and followed without a pointer.
    await page.getByRole("link", { name: CONSULTATION }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: CONSULTATION, level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe(`${CONSULTATION} – Parley`);
    expect(await focused(page)).toBe("content");

    await page.getByRole("link", { name: "Versions", exact: true }).click();
    await page.getByRole("heading", { name: "Versions of the report", level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe(`Versions of the report – ${CONSULTATION} – Parley`);
    expect(await focused(page)).toBe("content");

    await page.goBack();
    await page.getByRole("heading", { name: CONSULTATION, level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe(`${CONSULTATION} – Parley`);
    expect(await focused(page)).toBe("content");

    await page.getByLabel("Language").selectOption("ar");
    await page.getByRole("link", { name: "سجل التدقيق" }).click();
    await page.getByRole("heading", { name: "سجل التدقيق", level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe("سجل التدقيق – Parley");
    const title = await page.title();

    await page.goto(`${server.url}/no-such-page`);
    await expect.poll(() => page.title()).not.toBe(title);
    expect(await page.getByRole("alert").textContent()).toBe((await page.title()).replace(" – Parley", ""));

    // A first visit from a browser set to Arabic paints in Arabic, right to left, from the start.
    const stranger = await (await browser.newContext({ locale: "ar-EG" })).newPage();
    await stranger.goto(`${server.url}/`);
    await stranger.getByRole("heading", { name: "تسجيل الدخول إلى Parley", level: 1 }).waitFor();
    expect(await stranger.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    expect(await stranger.title()).toBe("تسجيل الدخول – Parley");
  });

  it("offers a reload when a page's code cannot be fetched, as after an update while the tab was open", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: CONSULTATION }).click();
    await page.getByRole("heading", { name: CONSULTATION, level: 1 }).waitFor();

    // The versions page's code is gone from the server, as it is once a new build replaced it.
    await page.route(/\/assets\/VersionsPage-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.getByRole("link", { name: "Versions", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "reload to continue" }).waitFor();
    expect(await page.getByRole("banner").getByRole("link", { name: "Consultations" }).isVisible()).toBe(true);

    await page.unroute(/\/assets\/VersionsPage-[^/]+\.js$/);
    await page.getByRole("button", { name: "Reload" }).click();
    await page.getByRole("heading", { name: "Versions of the report", level: 1 }).waitFor();
  });
});
