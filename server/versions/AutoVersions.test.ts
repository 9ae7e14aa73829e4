import { describe, expect, it } from "vitest";
import { createLogger } from "../logger";
import { AutoVersions } from "./AutoVersions";
import type { SaveVersionOptions } from "./Versions";

const HOUR = 60 * 60 * 1000;
const REPORT = "report:ict-security";

/** A clock the test moves by hand, and a saver that records what it saved. */
function setUp() {
  let now = 10 * HOUR;
  let lastSaved: number | null = null;
  const saved: { documentName: string; options: SaveVersionOptions }[] = [];
  const saver = {
    saveVersion: (documentName: string, options: SaveVersionOptions) => {
      saved.push({ documentName, options });
      lastSaved = now;
    },
    lastSavedAt: () => (lastSaved === null ? null : new Date(lastSaved)),
  };
  const auto = new AutoVersions(saver, HOUR, createLogger("silent", false), () => now);
  return {
    auto,
    saved,
    advance: (ms: number) => (now += ms),
    saveByHand: () => (lastSaved = now),
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("AutoVersions", () => {
  it("saves at the first edit, then at most once an hour while edits continue", async () => {
    const { auto, saved, advance } = setUp();
    auto.edited(REPORT);
    await nextTurn();
    expect(saved).toEqual([{ documentName: REPORT, options: { kind: "auto", name: "Automatic version" } }]);
    for (let minute = 0; minute < 59; minute += 1) {
      advance(60_000);
      auto.edited(REPORT);
    }
    await nextTurn();
    expect(saved).toHaveLength(1);
    advance(60_000);
    auto.edited(REPORT);
    await nextTurn();
    expect(saved).toHaveLength(2);
  });

  it("counts a version saved by hand, and ignores submissions and closed servers", async () => {
    const { auto, saved, advance, saveByHand } = setUp();
    saveByHand();
    advance(HOUR / 2);
    auto.edited(REPORT);
    auto.edited("submission:ict-security:open-networks");
    await nextTurn();
    expect(saved).toHaveLength(0);
    advance(HOUR / 2);
    auto.close();
    auto.edited(REPORT);
    await nextTurn();
    expect(saved).toHaveLength(0);
  });
});
