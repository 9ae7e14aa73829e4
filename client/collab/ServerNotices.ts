import type { WebsocketProvider } from "y-websocket";
import { readServerNotice, SERVER_NOTICE_MESSAGE } from "../../shared/collab/serverNotice";

/**
 * What the server has said about a document on its own channel (see shared/collab/serverNotice.ts),
 * never what other clients put in presence: presence is written by every client, so nothing in it
 * can be the server's word.
 */
export class ServerNotices {
  /** Why the server locked the document (e.g. `deadline_passed`), or null. */
  lock: string | null = null;
  private readonly listeners = new Set<() => void>();
  /** Whether a lock notice came on the current connection. */
  private heardThisConnection = false;

  constructor(provider: WebsocketProvider) {
    // The provider reads each message by its type from its own copy of the handler table.
    provider.messageHandlers[SERVER_NOTICE_MESSAGE] = (_encoder, decoder) => {
      const notice = readServerNotice(decoder);
      if (notice?.lock !== undefined) {
        this.heardThisConnection = true;
        this.setLock(notice.lock?.reason ?? null);
      }
    };
    provider.on("status", ({ status }) => {
      if (status !== "connected") {
        this.heardThisConnection = false;
      }
    });
    // The server announces a lock before it answers anything, so a connection that synced
    // without one has none: the lock held before it (on an older connection) has been lifted.
    provider.on("sync", (isSynced: boolean) => {
      if (isSynced && !this.heardThisConnection) {
        this.setLock(null);
      }
    });
  }

  /** Calls `listener` after each change; returns what stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setLock(lock: string | null): void {
    if (lock === this.lock) {
      return;
    }
    this.lock = lock;
    for (const listener of this.listeners) {
      listener();
    }
  }
}
