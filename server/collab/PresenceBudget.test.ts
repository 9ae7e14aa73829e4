import { describe, expect, it } from "vitest";
import { PresenceBudget } from "./PresenceBudget";

const LIMITS = { maxStateBytes: 100, changeBurst: 3, changesPerSecond: 1 };

describe("PresenceBudget", () => {
  it("lets a connection publish as the first id it introduces and no other", () => {
    const budget = new PresenceBudget(LIMITS, () => true);
    expect(budget.admit(7, 10, false, true)).toBe(true);
    expect(budget.admit(8, 10, false, true)).toBe(false);
    expect(budget.admit(7, 4, true, false)).toBe(true);
    expect(budget.ownId).toBe(7);
  });

  it("refuses an id it may not claim, and a removal before any state of its own", () => {
    const budget = new PresenceBudget(LIMITS, (id) => id !== 5);
    expect(budget.admit(5, 10, false, true)).toBe(false);
    expect(budget.admit(6, 4, true, false)).toBe(false);
    expect(budget.ownId).toBeNull();
  });

  it("drops a state over the size limit and marks the connection", () => {
    const budget = new PresenceBudget(LIMITS, () => true);
    expect(budget.admit(7, 101, false, true)).toBe(false);
    expect(budget.oversized).toBe(true);
  });

  it("counts changes against the rate, but not renewals", () => {
    const budget = new PresenceBudget(LIMITS, () => true);
    expect([1, 2, 3, 4].map(() => budget.admit(7, 10, false, true))).toEqual([true, true, true, false]);
    expect(budget.admit(7, 10, false, false)).toBe(true);
  });
});
