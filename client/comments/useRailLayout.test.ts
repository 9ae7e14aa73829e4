import { describe, expect, it } from "vitest";
import { railTops } from "./useRailLayout";

describe("railTops", () => {
  it("puts each group level with its paragraph, or just below a taller group above it", () => {
    expect(railTops([0, 100, 500], [150, 50, 50], -1)).toEqual([0, 158, 500]);
  });

  it("sets the anchor level with its paragraph; the groups above move up and those below follow", () => {
    expect(railTops([0, 100, 200, 210], [150, 150, 50, 50], 2)).toEqual([0, 158, 316, 374]);
    expect(railTops([300, 400, 500, 510], [150, 150, 50, 50], 2)).toEqual([184, 342, 500, 558]);
  });

  it("never lifts a group above the rail's top, and places a group without a paragraph after the one above", () => {
    expect(railTops([0, 20], [100, 10], 1)).toEqual([0, 108]);
    expect(railTops([0, null, 400], [100, 10, 10], -1)).toEqual([0, 108, 400]);
  });
});
