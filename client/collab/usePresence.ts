import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type { Identity } from "./identity";

/** Someone with the document open. */
export interface Presence extends Identity {
  clientId: number;
  isSelf: boolean;
}

function readPresence(provider: WebsocketProvider): Presence[] {
  const selfId = provider.awareness.clientID;
  const people: Presence[] = [];
  provider.awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Partial<Identity> }).user;
    if (typeof user?.name === "string" && typeof user.color === "string") {
      people.push({ clientId, name: user.name, color: user.color, isSelf: clientId === selfId });
    }
  });
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

/** The people present in a document, from its awareness states (set by the caret extension). */
export function usePresence(provider: WebsocketProvider): Presence[] {
  const [people, setPeople] = useState(() => readPresence(provider));
  useEffect(() => {
    const update = () => setPeople(readPresence(provider));
    update();
    provider.awareness.on("change", update);
    return () => provider.awareness.off("change", update);
  }, [provider]);
  return people;
}
