import { describe, expect, it } from "vitest";
import { paragraphSequence } from "./paragraphSequence";

describe("paragraphSequence", () => {
  it.each([
    ["a plain run", ["1", "2", "3"], [0, 1, 2]],
    ["sub-headings that restart inside a section", ["5", "1", "6", "7", "2", "8", "9"], [0, 2, 3, 5, 6]],
    ["blocks without a number in between", ["1", null, "2", null, "3"], [0, 2, 4]],
    ["bis and ter after their paragraph", ["14", "14 bis", "14 ter", "15"], [0, 1, 2, 3]],
    ["a run that starts late", ["34", "35", "1", "36"], [0, 1, 3]],
    ["gaps in the run", ["1", "2", "5", "6"], [0, 1, 2, 3]],
    ["a number repeated", ["2", "3", "3", "4"], [0, 1, 3]],
  ])("%s", (_name, numbers, expected) => {
    expect([...paragraphSequence(numbers)].sort((left, right) => left - right)).toEqual(expected);
  });
});
