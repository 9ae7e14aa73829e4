import { useCallback, useEffect, useRef, useState } from "react";
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { CloseCode, FINAL_CLOSE_CODES } from "../../shared/collab/closeCodes";
import { COLLAB_PATH, EXPECTED_ACCESS_PARAM } from "../../shared/collab/fields";
import { sendOwnPresenceOnly } from "./sendOwnPresenceOnly";
import { ServerNotices } from "./ServerNotices";
import { watchConnection } from "./watchConnection";

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
  /** The close code of that refusal (`CloseCode.forbidden` when access was taken away). */
  refusalCode: number | null;
  /**
   * True from the moment the server said this person's access changed until the document is open
   * again at the new level: nothing may be typed meanwhile.
   */
  accessChanged: boolean;
  /** Opens the document afresh, after a refusal that may no longer hold. */
  reopen(): void;
}

export interface CollabOptions {
  /** What the page believes the person may do; the server closes with `accessChanged` when it disagrees. */
  access: "read" | "write";
  /** False for a document the person cannot change now: no local copy, and an old one is deleted. */
  keepLocalCopy: boolean;
  /** Learns the person's roles again after the server said they changed; the document reopens once it settles. */
  onAccessChanged?: () => Promise<unknown>;
}

function collabUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${COLLAB_PATH}`;
}

/** How long to wait before reopening after the n-th access change in a row that never synced. */
function reopenDelay(changesInARow: number): number {
  return changesInARow <= 1 ? 0 : Math.min(250 * 2 ** changesInARow, 5_000);
}

/**
 * Opens a document: a Y.Doc kept in IndexedDB (so edits made offline survive a reload) and synced
 * over a stock y-websocket provider, which sends only this person's own presence (see
 * `sendOwnPresenceOnly`). Created in an effect and destroyed in its cleanup, so React's
 * double-run in development never leaves an orphaned socket. `localKey` names the local copy; it
 * changes when the server's document is a different one (a reset data dir). No name, no document.
 *
 * Without `keepLocalCopy` (read-only, or locked at its deadline) there is no local copy, and an
 * old one is deleted, because edits it holds were never accepted by the server and would show text
 * that is not in the document. When the server closes with `accessChanged` (a role taken away or
 * given back, even while this browser was offline), the document is thrown away at once with its
 * local copy, the person's roles are read again, and it reopens from the server alone: whatever
 * the server refused never comes back.
 */
export function useCollabProvider(documentName: string | null, localKey: string, options: CollabOptions): CollabSession | null {
  const { access, keepLocalCopy } = options;
  const [session, setSession] = useState<CollabSession | null>(null);
  const [generation, setGeneration] = useState(0);
  // Set when the server refused this browser's edits: the next opening starts without the local copy.
  const discardLocal = useRef(false);
  const changesInARow = useRef(0);
  const onAccessChanged = useRef(options.onAccessChanged);
  useEffect(() => {
    onAccessChanged.current = options.onAccessChanged;
  }, [options.onAccessChanged]);
  const reopen = useCallback(() => setGeneration((current) => current + 1), []);

  useEffect(() => {
    if (documentName === null) {
      return;
    }
    // A destroyed provider still reports its socket closing; it must not replace the live session.
    let active = true;
    const doc = new Y.Doc();
    const localName = `parley:${documentName}:${localKey}`;
    let local: IndexeddbPersistence | null = null;
    const discard = discardLocal.current;
    discardLocal.current = false;
    if (!keepLocalCopy) {
      void clearDocument(localName);
    } else if (discard) {
      // IndexedDB deletes only once the old copy's connection has closed, with its last writes.
      void clearDocument(localName).then(() => {
        if (active) {
          local = new IndexeddbPersistence(localName, doc);
        }
      });
    } else {
      local = new IndexeddbPersistence(localName, doc);
    }
    const provider = new WebsocketProvider(collabUrl(), documentName, doc, { disableBc: false, params: { [EXPECTED_ACCESS_PARAM]: access } });
    sendOwnPresenceOnly(provider);
    const notices = new ServerNotices(provider);
    let refusal: string | null = null;
    let refusalCode: number | null = null;
    let accessChanged = false;
    const publish = () =>
      active && setSession({ doc, provider, notices, status: refusal ? "refused" : accessChanged ? "syncing" : connection.status(), refusal, refusalCode, accessChanged, reopen });
    const connection = watchConnection(provider, publish);
    provider.on("sync", (isSynced: boolean) => {
      if (isSynced && !accessChanged) {
        changesInARow.current = 0;
      }
    });
    provider.on("connection-close", (event) => {
      if (!event) {
        return;
      }
      if (event.code === CloseCode.accessChanged && !accessChanged) {
        // This doc may hold edits the server refused: it never connects again.
        accessChanged = true;
        provider.shouldConnect = false;
        changesInARow.current += 1;
        const delay = reopenDelay(changesInARow.current);
        const settled = onAccessChanged.current?.() ?? Promise.resolve();
        void settled
          .catch(() => undefined)
          .then(() => new Promise((resolve) => window.setTimeout(resolve, delay)))
          .then(() => {
            if (active) {
              discardLocal.current = true;
              reopen();
            }
          });
      } else if (FINAL_CLOSE_CODES.has(event.code)) {
        refusal = event.reason || String(event.code);
        refusalCode = event.code;
        provider.disconnect();
      }
      publish();
    });
    publish();

    return () => {
      active = false;
      connection.stop();
      provider.destroy();
      void local?.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [documentName, localKey, keepLocalCopy, access, generation, reopen]);

  return session;
}
