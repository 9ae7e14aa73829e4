import { describe, expect, it } from "vitest";
import { makeDeadline } from "../../shared/deadline";
import type { Translate } from "../i18n/I18nProvider";
import { en, type Messages } from "../i18n/messages/en";
import { fr } from "../i18n/messages/fr";
import { viewerTime } from "./viewerTime";

const translator =
  (messages: Messages): Translate =>
  (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (match: string, name: string) => String(values[name] ?? match));
const newYork = makeDeadline("2027-04-03T23:59", "America/New_York");

describe("viewerTime", () => {
  it("names the reader's date and zone, which may be a day after the deadline's own", () => {
    expect(viewerTime(newYork.utc, "en-GB", translator(en), "Europe/Berlin")).toBe("Sun 4 April, 05:59 Berlin time — CEST");
    expect(viewerTime(newYork.utc, "fr", translator(fr), "Europe/Paris")).toMatch(/^dim\. 4 avril, 05:59 heure de Paris — UTC\+2$/);
  });

  it("does not name a zone twice", () => {
    expect(viewerTime(newYork.utc, "en-GB", translator(en), "UTC")).toBe("Sun 4 April, 03:59 UTC time");
  });
});
