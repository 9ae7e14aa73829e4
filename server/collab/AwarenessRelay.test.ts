import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { AwarenessRelay } from "./AwarenessRelay";

/** A client's awareness update: `clientId` announces `state` at `clock`. */
function clientUpdate(clientId: number, clock: number, state: Record<string, unknown>): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  awareness.meta.set(clientId, { clock, lastUpdated: Date.now() });
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]);
  awareness.destroy();
  return update;
}

describe("AwarenessRelay", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends 200 people's arrivals as one message, and their idle renewals as one more", () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const sent: Uint8Array[] = [];
    const relay = new AwarenessRelay(awareness, (update) => sent.push(update), { changeDelayMs: 40, renewalDelayMs: 5_000 });

    for (let id = 1; id <= 200; id += 1) {
      awarenessProtocol.applyAwarenessUpdate(awareness, clientUpdate(id, 1, { user: { name: `Person ${id}` } }), "socket");
    }
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(40);
    expect(sent).toHaveLength(1);

    const receiver = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(receiver, sent[0] ?? new Uint8Array(), "server");
    expect(receiver.getStates().size).toBe(201);

    // Everyone renews the same state: no change, so nothing goes out until the renewal window ends.
    for (let id = 1; id <= 200; id += 1) {
      awarenessProtocol.applyAwarenessUpdate(awareness, clientUpdate(id, 2, { user: { name: `Person ${id}` } }), "socket");
    }
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(4_000);
    expect(sent).toHaveLength(2);
    relay.destroy();
  });
});
