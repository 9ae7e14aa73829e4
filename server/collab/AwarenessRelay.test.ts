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
    const relay = new AwarenessRelay(awareness, { inUse: () => true, send: (_, update) => sent.push(update) }, { changeDelayMs: 40, renewalDelayMs: 5_000, lanes: 1 });

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
    vi.advanceTimersByTime(4_000 + 40);
    expect(sent).toHaveLength(2);
    relay.destroy();
  });

  it("gives every lane every change, at most once per window, the lanes' sends spread evenly over it", () => {
    vi.setSystemTime(0);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const sends: { lane: number; at: number; update: Uint8Array }[] = [];
    const relay = new AwarenessRelay(awareness, { inUse: () => true, send: (lane, update) => sends.push({ lane, at: Date.now(), update }) }, {
      changeDelayMs: 40,
      renewalDelayMs: 5_000,
      lanes: 4,
    });

    // Ten people move their carets every 3 ms for a second.
    for (let tick = 1; tick <= 333; tick += 1) {
      const id = (tick % 10) + 1;
      awarenessProtocol.applyAwarenessUpdate(awareness, clientUpdate(id, tick, { cursor: tick }), "socket");
      vi.advanceTimersByTime(3);
    }
    vi.advanceTimersByTime(40);

    for (let lane = 0; lane < 4; lane += 1) {
      const times = sends.filter((send) => send.lane === lane).map((send) => send.at);
      // One message per 40 ms window, each at the lane's own offset within it.
      expect(times.length).toBeGreaterThanOrEqual(25);
      expect(times.length).toBeLessThanOrEqual(27);
      expect(new Set(times.map((at) => at % 40))).toEqual(new Set([lane * 10]));

      // Applied in order, a lane's messages leave it with everyone's last caret.
      const receiver = new awarenessProtocol.Awareness(new Y.Doc());
      for (const send of sends.filter((each) => each.lane === lane)) {
        awarenessProtocol.applyAwarenessUpdate(receiver, send.update, "server");
      }
      for (let id = 1; id <= 10; id += 1) {
        expect(receiver.getStates().get(id)).toEqual(awareness.getStates().get(id));
      }
    }
    relay.destroy();
  });

  it("sends nothing to lanes nobody is in", () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const lanes: number[] = [];
    const relay = new AwarenessRelay(awareness, { inUse: (lane) => lane === 2, send: (lane) => lanes.push(lane) }, {
      changeDelayMs: 40,
      renewalDelayMs: 5_000,
      lanes: 8,
    });
    for (let clock = 1; clock <= 5; clock += 1) {
      awarenessProtocol.applyAwarenessUpdate(awareness, clientUpdate(7, clock, { cursor: clock }), "socket");
      vi.advanceTimersByTime(40);
    }
    expect(lanes).toEqual([2, 2, 2, 2, 2]);
    relay.destroy();
  });
});
