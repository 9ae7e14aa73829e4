import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { openDatabase } from "../../server/db/openDatabase";
import { ConsultationStore } from "../../server/stores/ConsultationStore";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { startRestartableServer } from "../helpers/startServerProcess";

/** Closes the consultation in the stored data, as a coordinator would, while no server runs. */
function closeConsultation(dataDir: string): void {
  const db = openDatabase({ dataDir, synchronous: "NORMAL" });
  try {
    const consultations = new ConsultationStore(db);
    const consultation = consultations.get(DEMO_CONSULTATION_ID);
    if (!consultation) {
      throw new Error("no demo consultation");
    }
    consultations.update(DEMO_CONSULTATION_ID, { ...consultation, state: "closed" });
  } finally {
    db.close();
  }
}

describe("edits the server refused, in Chromium", () => {
  it("does not keep showing a comment typed offline after the consultation closed, not even after a reload", async () => {
    const { dataDir, people, server, reportUrl, restart } = await startRestartableServer();
    const browser = await launchBrowser();
    const lead = await (await personContext(browser, server.url, people.lead)).newPage();
    await openReport(lead, reportUrl);

    await lead.getByRole("button", { name: "Comment on paragraph 38" }).click();
    await lead.getByRole("form", { name: "New comment" }).getByRole("combobox", { name: /^Position/ }).selectOption("oppose");
    await lead.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await lead.waitForFunction(() => document.activeElement?.closest(".comment-card .comment-text") !== null);
    await lead.keyboard.type("Stored before the close.");
    const comment = lead.locator(".comment-card .comment-text").first();
    await expect.poll(async () => (await fetch(`${server.url}/api/consultations/${DEMO_CONSULTATION_ID}/organisations/open-networks/package?format=json`, { headers: { authorization: `Bearer ${people.lead.token}` } })).text(), { timeout: 10_000 }).toContain("Stored before the close.");

    await server.kill("SIGKILL");
    await lead.getByRole("status").filter({ hasText: "Offline" }).first().waitFor();
    await lead.keyboard.type(" Typed offline, after the close.");
    await expect.poll(() => comment.textContent()).toContain("Typed offline, after the close.");

    closeConsultation(dataDir);
    await restart();
    await lead.getByText(/Locked/).first().waitFor({ timeout: 15_000 });
    await expect.poll(() => comment.textContent(), { timeout: 10_000 }).toBe("Stored before the close.");

    await lead.reload();
    await lead.locator(".comment-card .comment-text").first().waitFor();
    await expect.poll(() => lead.locator(".comment-card .comment-text").first().textContent()).toBe("Stored before the close.");
  });
});
