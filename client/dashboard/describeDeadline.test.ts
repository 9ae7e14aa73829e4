import { describe, expect, it } from "vitest";
import { makeDeadline } from "../../shared/deadline";
import type { Translate } from "../i18n/I18nProvider";
import { en } from "../i18n/messages/en";
import { describeDeadline, yourTime } from "./describeDeadline";

const t: Translate = (key, values = {}) => en[key].replace(/\{(\w+)\}/g, (match: string, name: string) => String(values[name] ?? match));
const deadline = makeDeadline("2027-04-03T23:59", "America/New_York");
const at = (iso: string) => new Date(iso);

describe("describeDeadline", () => {
  it("says when it closes, on the reader's clock too, and how long is left by the server's clock", () => {
    expect(describeDeadline(deadline, false, at("2027-04-01T23:30:00Z"), "en-GB", t, "Europe/Paris")).toBe(
      "Closes 3 April 2027, 23:59 New York time (4 Apr, 05:59 your time, 2 days 4 hours left)",
    );
  });

  it("says how long ago it closed", () => {
    expect(describeDeadline(deadline, true, at("2027-04-04T06:59:00Z"), "en-GB", t, "America/New_York")).toBe(
      "Closed 3 April 2027, 23:59 New York time (23:59 your time, 3 hours ago)",
    );
  });

  it("tells a consultation closed early from one whose deadline passed", () => {
    expect(describeDeadline(deadline, true, at("2027-04-03T00:00:00Z"), "en-GB", t, "UTC")).toMatch(/^Closed early/);
  });
});

describe("yourTime", () => {
  it("gives the time alone when the date is the same on both clocks", () => {
    expect(yourTime(deadline, "en-GB", "America/Toronto")).toBe("23:59");
  });
});
