import { describe, expect, it } from "vitest";
import { launchBrowser, personContext } from "../helpers/browser";
import { api, startServer } from "../helpers/startServer";

describe("the audit log's details", () => {
  it("shows a role change as before → after, not raw JSON", async () => {
    const server = await startServer();
    const changed = await api(server, `/api/people/${server.people.editor.id}`, { as: "coordinator", method: "PATCH", body: JSON.stringify({ workspaceRole: "reviewer" }) });
    expect(changed.status).toBe(200);

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await page.goto(`${server.url}/audit`);
    await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
    const row = page.locator('tbody tr[data-action="person.roles_change"]');
    await row.waitFor();
    const details = await row.locator("td.details").innerText();
    expect(details).toBe("workspaceRole: editor → reviewer");
  });
});
