import type { WebsocketProvider } from "y-websocket";
import type { ConnectionStatus } from "./useCollabProvider";

export interface ConnectionWatch {
  /** Where the connection stands now, from the provider's own state. */
  status(): ConnectionStatus;
  stop(): void;
}

/**
 * Follows a provider's connection as people should understand it: "connected" only once the
 * socket is open and the document synced, "offline" after a connection was lost (retrying is still
 * offline to the person), "connecting" only before the first. The state is always read from the
 * provider; the browser's offline and online events only make it try the connection at once
 * instead of waiting for its watchdog (30 s) or its back-off, so the state follows within seconds.
 */
export function watchConnection(provider: WebsocketProvider, onChange: () => void): ConnectionWatch {
  let everConnected = false;
  const onStatus = ({ status }: { status: string }) => {
    everConnected ||= status === "connected";
    onChange();
  };
  provider.on("status", onStatus);
  provider.on("sync", onChange);
  provider.on("connection-close", onChange);
  const tryNow = () => {
    if (provider.shouldConnect) {
      provider.disconnect();
      provider.connect();
    }
  };
  const tryIfDown = () => {
    if (!provider.wsconnected) {
      tryNow();
    }
  };
  window.addEventListener("offline", tryNow);
  window.addEventListener("online", tryIfDown);
  return {
    status() {
      if (provider.wsconnected) {
        return provider.synced ? "connected" : "syncing";
      }
      return everConnected ? "offline" : "connecting";
    },
    stop() {
      window.removeEventListener("offline", tryNow);
      window.removeEventListener("online", tryIfDown);
      provider.off("status", onStatus);
      provider.off("sync", onChange);
      provider.off("connection-close", onChange);
    },
  };
}
