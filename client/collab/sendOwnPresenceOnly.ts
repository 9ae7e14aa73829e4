import type { WebsocketProvider } from "y-websocket";

/** Changed clients, as an awareness "update" event gives them. */
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * How long an unchanged presence may go unsent. Others drop a presence they have not heard of
 * for 30 s; the awareness renews its own state 15 to 18 s after it was last set, so a presence
 * is never more than this plus 18 s old.
 */
export const RENEW_PRESENCE_AFTER_MS = 5_000;

/**
 * Makes a provider send this person's own presence only, and only when it changed or is due for
 * renewal. The stock provider sends on every awareness update: the states it has just received
 * from others, back to the server that sent them, and the unchanged caret that the editor
 * re-announces after every remote edit. In a room where fifty people type, that is about a
 * hundred messages a second from every browser, and the server has no use for any of them.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider, renewAfterMs = RENEW_PRESENCE_AFTER_MS): void {
  const { awareness } = provider;
  const send = provider._awarenessUpdateHandler;
  let lastSent: string | null = null;
  let lastSentAt = -Infinity;

  const sendOwn = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    const self = awareness.clientID;
    if (removed.includes(self)) {
      lastSent = null;
      send({ added: [], updated: [], removed: [self] }, origin);
      return;
    }
    if (!added.includes(self) && !updated.includes(self)) {
      return;
    }
    const state = JSON.stringify(awareness.getLocalState());
    const now = performance.now();
    if (state === lastSent && now - lastSentAt < renewAfterMs) {
      return;
    }
    lastSent = state;
    lastSentAt = now;
    send({ added: [], updated: [self], removed: [] }, origin);
  };

  awareness.off("update", send);
  awareness.on("update", sendOwn);
  // The provider unsubscribes this handler when it is destroyed.
  provider._awarenessUpdateHandler = sendOwn;
}
