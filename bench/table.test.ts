import { describe, expect, it } from "vitest";
import { judgeGoals } from "./goals";
import type { BenchResults } from "./results";
import { spread } from "./stats";
import { renderTable, replaceTable, showSpread, TABLE_END, TABLE_START } from "./table";
import { parseResults, resultsJson } from "./writeResults";

function results(): BenchResults {
  const scenarios = {
    fanout: {
      parley: { figures: { p99Ms: spread([18.3, 9.1, 30.2]), missing: spread([0, 0, 0]) }, runs: [], errors: [] },
      reference: { figures: { p99Ms: spread([18.6, 12.2, 25]), missing: spread([0, 0, 0]) }, runs: [], errors: [] },
    },
    fanoutStockCarets: {
      parley: { figures: { p99Ms: spread([33.9]), missing: spread([0]) }, runs: [], errors: [] },
      reference: { figures: { p99Ms: spread([Number.POSITIVE_INFINITY]), missing: spread([3_955]) }, runs: [], errors: [] },
    },
  };
  const versions = { diffMedianMs: 37, openVersionMedianMs: 12 };
  const coalitionExport = { seconds: 6.1, peakRssMb: 344 };
  return {
    date: "2026-12-03T20:00:00.000Z",
    quick: false,
    machine: { cpus: 2, cpuModel: "AMD EPYC", node: "v20.20.2", loadAverageBefore: [0.5], loadAverageAfter: [1.5] },
    pinning: { pinned: true, serverCpu: "0", clientsCpu: "1" },
    settings: {},
    scenarios,
    versions,
    coalitionExport,
    goals: judgeGoals({ scenarios, versions, coalitionExport }),
    seconds: 2_400,
  };
}

describe("the README's benchmark table", () => {
  it("shows each figure as the median of rounds with its spread", () => {
    expect(showSpread(spread([18.3, 9.1, 30.2]), "ms")).toBe("18.3 ms (9.1–30.2)");
    expect(showSpread(spread([15_685]), "ms")).toBe("15,685 ms");
  });

  it("prints a saturated server as infinitely late, with no ratio, and its missing deliveries", () => {
    const table = renderTable(results());
    const stock = table.split("\n").find((line) => line.startsWith("| fan-out p99, stock"));
    expect(stock).toBe("| fan-out p99, stock y-websocket providers (every caret, every echo) | 33.9 ms | ∞ ms |  |  |  |");
    expect(table).toContain("| fan-out deliveries missing, stock providers | 0 | 3,955 |  |  |  |");
  });

  it("gives the ratio of medians and the goal's verdict, not met where it is not", () => {
    const headline = renderTable(results())
      .split("\n")
      .find((line) => line.startsWith("| fan-out p99, 50 people"));
    expect(headline).toContain("| 18.3 ms (9.1–30.2) | 18.6 ms (12.2–25) |");
    expect(headline).toContain("| 0.984× |");
    expect(headline).toContain("<= 0.8: 0.984, **not met**");
    expect(renderTable(results())).toContain("the coalition package (30 organisations, 3,000 comments) (Parley only) | 6.1 | | | | < 5 s: 6.1, **not met** |");
  });

  it("survives the trip through a results file, Infinity included", () => {
    const back = parseResults(resultsJson(results()));
    expect(back.scenarios.fanoutStockCarets?.reference?.figures.p99Ms?.median).toBe(Number.POSITIVE_INFINITY);
    expect(renderTable(back)).toBe(renderTable(results()));
  });

  it("replaces only what stands between the README's markers", () => {
    const readme = `# Parley\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nAfter.\n`;
    const updated = replaceTable(readme, "new table", "bench/results/2026-12-03.json");
    expect(updated).toBe(`# Parley\n\n${TABLE_START}\nFrom \`bench/results/2026-12-03.json\`. new table\n${TABLE_END}\n\nAfter.\n`);
    expect(() => replaceTable("# no markers", "x", "y")).toThrow(/no <!-- bench-table:start/);
  });
});
