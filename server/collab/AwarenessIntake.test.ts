import fc from "fast-check";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { AwarenessIntake } from "./AwarenessIntake";

/** An awareness update as a client encodes it: each entry is a client id, a clock and its state's JSON. */
function encodeEntries(entries: readonly { clientId: number; clock: number; json: string }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

type Event = [name: "change" | "update", changes: unknown, origin: unknown];

/** A room's awareness, with its server state set as when a document is locked, recording what it emits. */
function serverAwareness(serverId: number): { awareness: awarenessProtocol.Awareness; events: Event[] } {
  const doc = new Y.Doc();
  doc.clientID = serverId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ locked: { reason: "deadline" } });
  const events: Event[] = [];
  awareness.on("change", (changes: unknown, origin: unknown) => events.push(["change", changes, origin]));
  awareness.on("update", (changes: unknown, origin: unknown) => events.push(["update", changes, origin]));
  return { awareness, events };
}

function snapshot(awareness: awarenessProtocol.Awareness) {
  return {
    states: [...awareness.getStates()].sort(([a], [b]) => a - b),
    clocks: [...awareness.meta].map(([id, meta]) => [id, meta.clock]).sort(([a], [b]) => (a ?? 0) - (b ?? 0)),
  };
}

const SERVER_ID = 1;
const STATES = ["null", '{"user":{"name":"Amina"}}', '{"user":{"name":"Amina"},"cursor":{"anchor":1}}', '{"cursor":{"anchor":1},"user":{"name":"Amina"}}', '{"user":{"name":"Chen"}}'];

describe("AwarenessIntake", () => {
  it("leaves the same states, clocks and events as y-protocols' applyAwarenessUpdate, for any sequence of updates", () => {
    const entry = fc.record({
      clientId: fc.constantFrom(SERVER_ID, 2, 3, 4),
      clock: fc.integer({ min: 0, max: 6 }),
      json: fc.constantFrom(...STATES),
    });
    fc.assert(
      fc.property(fc.array(fc.array(entry, { minLength: 1, maxLength: 4 }), { maxLength: 30 }), (updates) => {
        const expected = serverAwareness(SERVER_ID);
        const actual = serverAwareness(SERVER_ID);
        const intake = new AwarenessIntake(actual.awareness);
        for (const entries of updates) {
          const update = encodeEntries(entries);
          awarenessProtocol.applyAwarenessUpdate(expected.awareness, update, "client");
          intake.apply(update, "client");
          expect(snapshot(actual.awareness)).toEqual(snapshot(expected.awareness));
        }
        expect(actual.events).toEqual(expected.events);
        intake.destroy();
        expected.awareness.destroy();
        actual.awareness.destroy();
      }),
      { numRuns: 300 },
    );
  });

  it("never reads the state of an update it already has (a client's echo), and rejects a new one that is not JSON", () => {
    const { awareness } = serverAwareness(SERVER_ID);
    const intake = new AwarenessIntake(awareness);
    intake.apply(encodeEntries([{ clientId: 7, clock: 3, json: '{"user":{"name":"Amina"}}' }]), "client");

    expect(() => intake.apply(encodeEntries([{ clientId: 7, clock: 3, json: "{not json" }]), "client")).not.toThrow();
    expect(awareness.getStates().get(7)).toEqual({ user: { name: "Amina" } });
    expect(() => intake.apply(encodeEntries([{ clientId: 7, clock: 4, json: "{not json" }]), "client")).toThrow();
  });

  it("recognises a state re-sent unchanged as a renewal: no change event, the same object kept", () => {
    const { awareness, events } = serverAwareness(SERVER_ID);
    const intake = new AwarenessIntake(awareness);
    const json = '{"user":{"name":"Amina"},"cursor":{"anchor":12}}';
    intake.apply(encodeEntries([{ clientId: 7, clock: 1, json }]), "client");
    const state = awareness.getStates().get(7);
    events.length = 0;

    intake.apply(encodeEntries([{ clientId: 7, clock: 2, json }]), "client");
    expect(events).toEqual([["update", { added: [], updated: [7], removed: [] }, "client"]]);
    expect(awareness.getStates().get(7)).toBe(state);
    expect(awareness.meta.get(7)?.clock).toBe(2);
  });
});
