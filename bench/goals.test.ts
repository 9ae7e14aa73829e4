import { describe, expect, it } from "vitest";
import { judgeGoals } from "./goals";
import type { ScenarioSummary, ServerSummary } from "./results";
import { spread } from "./stats";

/** One server's summary from its rounds' figures. */
function server(rounds: Record<string, number>[], errors: string[] = []): ServerSummary {
  const keys = Object.keys(rounds[0] ?? {});
  return { figures: Object.fromEntries(keys.map((key) => [key, spread(rounds.map((round) => round[key] ?? Number.NaN))])), runs: rounds, errors };
}

const fanoutRound = (p99Ms: number, missing = 0) => ({ p99Ms, missing });

function inputs(scenarios: Record<string, ScenarioSummary>) {
  return { scenarios, versions: { diffMedianMs: 37, openVersionMedianMs: 12 }, coalitionExport: { seconds: 4.2, peakRssMb: 344 } };
}

const goal = (goals: ReturnType<typeof judgeGoals>, id: string) => {
  const found = goals.find((candidate) => candidate.id === id);
  if (!found) {
    throw new Error(`no goal ${id}`);
  }
  return found;
};

describe("judgeGoals", () => {
  it("judges fan-out on the median of rounds, not the best one", () => {
    const goals = judgeGoals(
      inputs({
        fanout: {
          // Parley's best round (8) is far below the classic server's, its median (18) is not.
          parley: server([fanoutRound(8), fanoutRound(18), fanoutRound(19)]),
          reference: server([fanoutRound(12), fanoutRound(19), fanoutRound(20)]),
          naive: server([fanoutRound(15), fanoutRound(16), fanoutRound(17)]),
        },
      }),
    );
    expect(goal(goals, "fanoutP99VsClassic")).toMatchObject({ figure: 0.947, met: false });
    expect(goal(goals, "fanoutP99VsNaive")).toMatchObject({ figure: 1.13, met: false });
  });

  it("fails a fan-out goal when Parley missed a delivery, whatever its ratio", () => {
    const goals = judgeGoals(
      inputs({
        fanout: {
          parley: server([fanoutRound(5), fanoutRound(5, 3), fanoutRound(5)]),
          reference: server([fanoutRound(20), fanoutRound(20), fanoutRound(20)]),
        },
      }),
    );
    expect(goal(goals, "fanoutP99VsClassic")).toMatchObject({ figure: 0.25, met: false, note: "Parley missed 3 deliveries in a round" });
  });

  it("gives no ratio against a saturated server, and does not call that met", () => {
    const goals = judgeGoals(
      inputs({
        fanout: {
          parley: server([fanoutRound(30)]),
          reference: server([fanoutRound(Number.POSITIVE_INFINITY, 4_000)]),
        },
      }),
    );
    expect(goal(goals, "fanoutP99VsClassic")).toMatchObject({ figure: null, met: false });
  });

  it("does not judge a comparison whose rounds failed", () => {
    const goals = judgeGoals(inputs({ throughput: { parley: server([{ editsPerSecond: 9_000 }]), reference: server([], ["round 1: timed out"]) } }));
    expect(goal(goals, "throughput")).toMatchObject({ figure: null, met: false });
  });

  it("adds up the edits lost over every crash round", () => {
    const met = judgeGoals(inputs({ crashLoss: { parley: server([{ seen: 200, lost: 0 }, { seen: 200, lost: 0 }]) } }));
    expect(goal(met, "editsSeenThenLost")).toMatchObject({ figure: 0, met: true });
    const lost = judgeGoals(inputs({ crashLoss: { parley: server([{ seen: 200, lost: 0 }, { seen: 200, lost: 2 }]) } }));
    expect(goal(lost, "editsSeenThenLost")).toMatchObject({ figure: 2, met: false });
  });

  it("judges throughput, cold sync and idle memory as ratios of medians", () => {
    const goals = judgeGoals(
      inputs({
        throughput: { parley: server([{ editsPerSecond: 10_000 }]), reference: server([{ editsPerSecond: 4_000 }]) },
        coldSync: { parley: server([{ ms: 70 }, { ms: 90 }, { ms: 80 }]), reference: server([{ ms: 200 }, { ms: 180 }, { ms: 190 }]) },
        memory: {
          parley: server([{ idleMb: 120, afterLeaveRatioToIdle: 0.9 }]),
          reference: server([{ idleMb: 57, afterLeaveRatioToIdle: 1.1 }]),
        },
      }),
    );
    expect(goal(goals, "throughput")).toMatchObject({ figure: 2.5, met: true });
    expect(goal(goals, "coldSync")).toMatchObject({ figure: 0.421, met: true });
    expect(goal(goals, "afterLeave")).toMatchObject({ figure: 0.9, met: true });
    expect(goal(goals, "idleMemory")).toMatchObject({ figure: 2.11, met: false });
  });

  it("judges the in-process figures against their limits, and a failed one as not met", () => {
    const goals = judgeGoals({ scenarios: {}, versions: { error: "Error: boom" }, coalitionExport: { seconds: 6.1, peakRssMb: 344 } });
    expect(goal(goals, "versionsDiff")).toMatchObject({ figure: null, met: false, note: "Error: boom" });
    expect(goal(goals, "coalitionExportTime")).toMatchObject({ figure: 6.1, met: false });
    expect(goal(goals, "coalitionExportMemory")).toMatchObject({ figure: 344, met: true });
  });
});
