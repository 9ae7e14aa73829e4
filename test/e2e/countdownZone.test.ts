import { describe, expect, it } from "vitest";
import { Consultation } from "../../shared/api/consultations";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { api, startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

describe("the report page's countdown", () => {
  it("gives the reader's own date and zone: a New York evening deadline is the next morning in Berlin", async () => {
    let current = new Date("2031-04-01T12:00:00Z");
    const server = await startServer({ now: () => current });
    const moved = await api(server, `/api${REPORT}`, {
      as: "coordinator",
      method: "PATCH",
      body: JSON.stringify({ deadline: { local: "2031-04-03T23:59", timeZone: "America/New_York" } }),
    });
    expect(Consultation.parse(await moved.json()).deadline.utc).toBe("2031-04-04T03:59:00.000Z");
    current = new Date("2031-04-01T12:00:00Z");

    const browser = await launchBrowser();
    const context = await personContext(browser, server.url, server.people.member, { timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    await openReport(page, server.url + REPORT);
    const countdown = page.locator("header .countdown, .countdown").first();
    await countdown.waitFor();
    // 3 April 23:59 in New York is 05:59 on Friday 4 April in Berlin, summer time.
    expect(await countdown.innerText()).toMatch(/^Closes April 3, 2031, 11:59 PM \(New York time\) \(Fri, April 4, 5:59 AM Berlin time — GMT\+2, 2 days \d+ hours left\)$/);
  });
});
