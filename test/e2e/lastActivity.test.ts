import { describe, expect, it } from "vitest";
import { ConsultationStatus } from "../../shared/api/submissions";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { api, startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

describe("the dashboard's last activity", () => {
  it("counts writing the general remarks and the cover note, not only comments", async () => {
    const server = await startServer();
    const lastActivity = async () =>
      ConsultationStatus.parse(await (await api(server, `/api${REPORT}/status`, { as: "coordinator" })).json()).organisations.find((entry) => entry.organisation.id === "open-networks")
        ?.lastActivity ?? null;
    expect(await lastActivity()).toBeNull();

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(page, `${server.url}${REPORT}`);
    await page.getByText("General remarks and cover note", { exact: true }).click();
    const before = Date.now();
    await page.getByRole("textbox", { name: "General remarks" }).click();
    await page.keyboard.type("Our overall view.");
    await expect.poll(lastActivity, { timeout: 10_000 }).not.toBeNull();
    const general = Date.parse((await lastActivity())!);
    expect(general).toBeGreaterThanOrEqual(before - 1_000);

    await page.getByRole("textbox", { name: "Cover note" }).click();
    await page.keyboard.type("Dear co-facilitators,");
    await expect.poll(async () => Date.parse((await lastActivity()) ?? "0"), { timeout: 10_000 }).toBeGreaterThan(general);
  });
});
