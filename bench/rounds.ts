import { log } from "./log";
import type { ServerKind } from "./servers";

/** One server's part of a scenario, open across rounds: what a round measures, and how to end it. */
export interface Session<T> {
  round(): Promise<T>;
  close(): Promise<void>;
}

export interface Scenario<T> {
  name: string;
  kinds: readonly ServerKind[];
  rounds: number;
  /** Prepares a server for the rounds (for most scenarios, nothing: each round starts its own). */
  open(kind: ServerKind): Promise<Session<T>>;
}

/** Every round's result of one server, and the errors of the rounds that failed. */
export interface Runs<T> {
  runs: T[];
  errors: string[];
}

/** A session whose every round is a whole run of `run`, with nothing kept between rounds. */
export function eachRoundAfresh<T>(run: (kind: ServerKind) => Promise<T>): (kind: ServerKind) => Promise<Session<T>> {
  return (kind) => Promise.resolve({ round: () => run(kind), close: () => Promise.resolve() });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the scenario's rounds alternating the servers (A, B, A, B, …), so that a slow moment of the
 * machine falls on every server alike, and returns every round's result per server.
 */
export async function runAlternating<T>(scenario: Scenario<T>): Promise<Partial<Record<ServerKind, Runs<T>>>> {
  const results: Partial<Record<ServerKind, Runs<T>>> = {};
  const sessions = new Map<ServerKind, Session<T>>();
  for (const kind of scenario.kinds) {
    const runs: Runs<T> = { runs: [], errors: [] };
    results[kind] = runs;
    try {
      sessions.set(kind, await scenario.open(kind));
    } catch (error) {
      runs.errors.push(`opening: ${describe(error)}`);
      log(`${kind} ${scenario.name}: could not open: ${describe(error)}`);
    }
  }
  try {
    for (let round = 1; round <= scenario.rounds; round++) {
      for (const [kind, session] of sessions) {
        const startedAt = Date.now();
        try {
          const result = await session.round();
          results[kind]?.runs.push(result);
          log(`${kind} ${scenario.name} round ${round}/${scenario.rounds}: ${JSON.stringify(result)} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
        } catch (error) {
          results[kind]?.errors.push(`round ${round}: ${describe(error)}`);
          log(`${kind} ${scenario.name} round ${round}: FAILED ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }
    }
  } finally {
    for (const session of sessions.values()) {
      await session.close().catch((error: unknown) => log(`${scenario.name}: closing failed: ${describe(error)}`));
    }
  }
  return results;
}
