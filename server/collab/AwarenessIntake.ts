import * as decoding from "lib0/decoding";
import { equalityDeep } from "lib0/function";
import type { Awareness } from "y-protocols/awareness";
import type { PresenceGuard } from "./PresenceBudget";

type Changes = { added: number[]; updated: number[]; removed: number[] };

const utf8 = new TextDecoder();
/** `null` as JSON: how a client says its state is gone. */
const NULL_JSON = new Uint8Array([0x6e, 0x75, 0x6c, 0x6c]);

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

/**
 * Applies clients' awareness updates to a room's awareness by y-protocols' own rules (the same
 * states, clocks and events as `applyAwarenessUpdate`), without parsing what clients resend most.
 * Every y-websocket client sends back each presence update it receives, so most of what reaches
 * the server is states it already holds at that clock; and an editor re-announces its caret after
 * every remote edit, unchanged. The first kind is skipped on its clock, before its JSON is read;
 * the second is recognised by its bytes, equal to the client's last state.
 */
export class AwarenessIntake {
  /** Each client's state as the JSON bytes it was last applied from. */
  private readonly lastJson = new Map<number, Uint8Array>();

  constructor(private readonly awareness: Awareness) {
    awareness.on("update", this.forgetRemoved);
  }

  private readonly forgetRemoved = ({ removed }: Changes) => {
    for (const id of removed) {
      this.lastJson.delete(id);
    }
  };

  /**
   * Applies one awareness update (the payload of an awareness message); throws on a malformed one.
   * `guard` sees each entry that would change the room's presence, after the clock check, and may
   * drop it.
   */
  apply(update: Uint8Array, origin: unknown, guard?: PresenceGuard): void {
    const { awareness } = this;
    const decoder = decoding.createDecoder(update);
    const timestamp = Date.now();
    const added: number[] = [];
    const updated: number[] = [];
    const filteredUpdated: number[] = [];
    const removed: number[] = [];
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      const json = decoding.readVarUint8Array(decoder);
      const meta = awareness.meta.get(clientId);
      const currentClock = meta === undefined ? 0 : meta.clock;
      const saysGone = sameBytes(NULL_JSON, json);
      if (!(currentClock < clock || (currentClock === clock && saysGone && awareness.states.has(clientId)))) {
        continue;
      }
      const previous: unknown = awareness.states.get(clientId);
      const unchanged = !saysGone && previous !== undefined && clientId !== awareness.clientID && sameBytes(this.lastJson.get(clientId), json);
      if (guard && !guard.admit(clientId, json.length, saysGone, !saysGone && !unchanged)) {
        continue;
      }
      const state: unknown = saysGone ? null : unchanged ? previous : JSON.parse(utf8.decode(json));
      if (state === null) {
        if (clientId === awareness.clientID && awareness.getLocalState() !== null) {
          // Nobody else may remove the server's own state: its newer clock says it is still here.
          clock++;
        } else {
          awareness.states.delete(clientId);
          this.lastJson.delete(clientId);
        }
      } else {
        awareness.states.set(clientId, state as Record<string, unknown>);
        if (!unchanged) {
          this.lastJson.set(clientId, json.slice());
        }
      }
      awareness.meta.set(clientId, { clock, lastUpdated: timestamp });
      if (meta === undefined && state !== null) {
        added.push(clientId);
      } else if (meta !== undefined && state === null) {
        removed.push(clientId);
      } else if (state !== null) {
        if (!unchanged && !equalityDeep(state, previous)) {
          filteredUpdated.push(clientId);
        }
        updated.push(clientId);
      }
    }
    if (added.length > 0 || filteredUpdated.length > 0 || removed.length > 0) {
      awareness.emit("change", [{ added, updated: filteredUpdated, removed }, origin]);
    }
    if (added.length > 0 || updated.length > 0 || removed.length > 0) {
      awareness.emit("update", [{ added, updated, removed }, origin]);
    }
  }

  destroy(): void {
    this.awareness.off("update", this.forgetRemoved);
  }
}
