import { useEffect, useState } from "react";
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { FINAL_CLOSE_CODES } from "../../shared/collab/closeCodes";
import { COLLAB_PATH } from "../../shared/collab/fields";
import { sendOwnPresenceOnly } from "./sendOwnPresenceOnly";
import { ServerNotices } from "./ServerNotices";

/** Where a document's connection stands, as people should understand it. */
export type ConnectionStatus = "connecting" | "syncing" | "connected" | "offline" | "refused";

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** What the server said about the document on its own channel (the lock). */
  notices: ServerNotices;
  status: ConnectionStatus;
  /** Why the server refused the document, when it did. */
  refusal: string | null;
}

function collabUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${COLLAB_PATH}`;
}

/**
 * Opens a document: a Y.Doc kept in IndexedDB (so edits made offline survive a reload) and synced
 * over a stock y-websocket provider, which sends only this person's own presence (see
 * `sendOwnPresenceOnly`). Created in an effect and destroyed in its cleanup, so React's
 * double-run in development never leaves an orphaned socket. `localKey` names the local copy; it
 * changes when the server's document is a different one (a reset data dir). No name, no document.
 *
 * `keepLocalCopy` is false for a document the person cannot change (read-only, or locked at its
 * deadline): then there is no local copy, and an old one is deleted, because edits it holds were
 * never accepted by the server and would show text that is not in the document. Turning it off
 * reopens the document from the server alone.
 */
export function useCollabProvider(documentName: string | null, localKey: string, keepLocalCopy = true): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    if (documentName === null) {
      return;
    }
    const doc = new Y.Doc();
    const localName = `parley:${documentName}:${localKey}`;
    const local = keepLocalCopy ? new IndexeddbPersistence(localName, doc) : null;
    if (!local) {
      void clearDocument(localName);
    }
    const provider = new WebsocketProvider(collabUrl(), documentName, doc, { disableBc: false });
    sendOwnPresenceOnly(provider);
    const notices = new ServerNotices(provider);
    let synced = false;
    let refusal: string | null = null;
    let status: ConnectionStatus = "connecting";
    // A destroyed provider still reports its socket closing; it must not replace the live session.
    let active = true;
    const publish = () => active && setSession({ doc, provider, notices, status: refusal ? "refused" : status, refusal });

    // Retrying after a lost connection is still "offline" to the person; "connecting" is only the first time.
    let everConnected = false;
    provider.on("status", ({ status: next }) => {
      everConnected ||= next === "connected";
      if (next === "connected") {
        status = synced ? "connected" : "syncing";
      } else {
        status = next === "connecting" && !everConnected ? "connecting" : "offline";
      }
      publish();
    });
    provider.on("sync", (isSynced: boolean) => {
      synced = isSynced;
      status = provider.wsconnected ? (isSynced ? "connected" : "syncing") : status;
      publish();
    });
    provider.on("connection-close", (event) => {
      synced = false;
      if (event && FINAL_CLOSE_CODES.has(event.code)) {
        refusal = event.reason || String(event.code);
        provider.disconnect();
      }
      publish();
    });
    const goOffline = () => {
      status = "offline";
      publish();
    };
    window.addEventListener("offline", goOffline);
    publish();

    return () => {
      active = false;
      window.removeEventListener("offline", goOffline);
      provider.destroy();
      void local?.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [documentName, localKey, keepLocalCopy]);

  return session;
}
