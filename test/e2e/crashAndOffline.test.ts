import { describe, it } from "vitest";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { startRestartableServer } from "../helpers/startServerProcess";

describe("a server crash in the middle of co-editing", () => {
  it("keeps what everyone saw, and merges what people typed while it was down", async () => {
    const { people, server, reportUrl, restart } = await startRestartableServer();
    const browser = await launchBrowser();
    const amira = await (await personContext(browser, server.url, people.editor)).newPage();
    const bastien = await (await personContext(browser, server.url, people.coordinator)).newPage();
    await openReport(amira, reportUrl);
    await openReport(bastien, reportUrl);

    await focusEndOfParagraph(amira, "para-a-2");
    await amira.keyboard.type(" Seen before the crash.");
    await bastien.locator('[data-id="para-a-2"]', { hasText: "Seen before the crash." }).waitFor();

    await server.kill("SIGKILL");
    await amira.getByRole("status").filter({ hasText: "Offline" }).waitFor();
    await amira.keyboard.type(" Typed while offline.");
    await focusEndOfParagraph(bastien, "para-d-16");
    await bastien.keyboard.type(" Bastien kept working too.");

    await restart();
    await bastien.locator('[data-id="para-a-2"]', { hasText: "Typed while offline." }).waitFor({ timeout: 15_000 });
    await amira.locator('[data-id="para-d-16"]', { hasText: "Bastien kept working too." }).waitFor({ timeout: 15_000 });

    const chen = await (await personContext(browser, server.url, people.reviewer)).newPage();
    await openReport(chen, reportUrl);
    await chen.locator('[data-id="para-a-2"]', { hasText: "Seen before the crash. Typed while offline." }).waitFor();
    await chen.locator('[data-id="para-d-16"]', { hasText: "Bastien kept working too." }).waitFor();
  });
});
