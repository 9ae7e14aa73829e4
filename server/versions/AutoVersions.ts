import { parseDocumentName } from "../../shared/collab/documentNames";
import type { Logger } from "../logger";
import type { SaveVersionOptions } from "./Versions";

/** What automatic versions need of the versions service. */
export interface VersionSaver {
  saveVersion(documentName: string, options: SaveVersionOptions): unknown;
  lastSavedAt(documentName: string): Date | null;
}

/**
 * Saves a report automatically while it is being edited, at most once per interval (an hour by
 * default) and only when no version of any kind was saved within it: a restore or a manual save
 * already marks the moment. The save runs on the next turn, outside the pipeline's flush that
 * reported the edit.
 */
export class AutoVersions {
  /** When each document's newest version was saved, in ms, as last seen; the store is asked only when this says one is due. */
  private readonly lastSaved = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly versions: VersionSaver,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called after a document's edits were stored. */
  readonly edited = (documentName: string): void => {
    if (this.closed || parseDocumentName(documentName)?.kind !== "report") {
      return;
    }
    const now = this.now();
    if (now - (this.lastSaved.get(documentName) ?? Number.NEGATIVE_INFINITY) < this.intervalMs) {
      return;
    }
    const lastSaved = this.versions.lastSavedAt(documentName)?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (now - lastSaved < this.intervalMs) {
      this.lastSaved.set(documentName, lastSaved);
      return;
    }
    this.lastSaved.set(documentName, now);
    setImmediate(() => this.save(documentName));
  };

  private save(documentName: string): void {
    if (this.closed) {
      return;
    }
    try {
      this.versions.saveVersion(documentName, { kind: "auto", name: "Automatic version" });
    } catch (error) {
      this.logger.error("db", "automatic version failed", { document: documentName, error: String(error) });
    }
  }

  /** Stops saving; called on shutdown. */
  close(): void {
    this.closed = true;
  }
}
