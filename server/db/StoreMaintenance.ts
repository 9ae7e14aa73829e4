import { Worker } from "node:worker_threads";
import type { Logger } from "../logger";
import type { MaintenanceReply, MaintenanceRequest, MaintenanceWorkerData } from "./maintenanceMessages";

/** Run from source (tests, `npm run dev`) or compiled into dist/server (`npm start`, see scripts/buildServer.mjs). */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(FROM_SOURCE ? "./maintenanceWorker.ts" : "./maintenanceWorker.js", import.meta.url);

/**
 * From source, starts the worker through tsx's API, so its TypeScript loads however the server
 * was started (`--import tsx` in a worker's execArgv does not reach its entry module on Node 20).
 */
const BOOTSTRAP = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;

/** Hands checkpoints and compactions to the maintenance thread (see `maintenanceWorker.ts`). */
export class StoreMaintenance {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  /** Compactions asked for and not yet done, so tests and shutdown can wait for them. */
  private pending = 0;
  private readonly idleWaiters: (() => void)[] = [];
  /**
   * Resolves once the thread has started and opened the database (or failed to: the server runs
   * without it, logging why). Starting it loads its code, a few hundred ms of one core.
   */
  readonly ready: Promise<void>;

  constructor(options: MaintenanceWorkerData, logger: Logger) {
    this.worker = FROM_SOURCE ? new Worker(BOOTSTRAP, { eval: true, workerData: options }) : new Worker(WORKER_URL, { workerData: options });
    let started = () => {};
    this.ready = new Promise((resolve) => (started = resolve));
    this.worker.on("message", (reply: MaintenanceReply) => {
      if (reply.type === "ready") {
        started();
        return;
      }
      if (reply.type === "error") {
        logger.error("db", "maintenance failed; the update log is intact", { task: reply.task, error: reply.message });
      }
      if (reply.type === "compacted" || reply.task.startsWith("compact")) {
        this.settle();
      }
    });
    this.worker.on("error", (error) => {
      logger.error("db", "maintenance worker crashed", { error: String(error) });
      started();
    });
    this.exited = new Promise((resolve) => this.worker.once("exit", () => resolve()));
    void this.exited.then(started);
  }

  /** Asks for a document's log through `throughUpdateId` to be merged into its state. */
  compact(documentName: string, throughUpdateId: number): void {
    this.pending += 1;
    this.post({ type: "compact", documentName, throughUpdateId });
  }

  /** Resolves once every compaction asked for so far is done. */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Finishes queued work, checkpoints the WAL and stops the thread. */
  async close(): Promise<void> {
    this.post({ type: "close" });
    await this.exited;
  }

  private post(request: MaintenanceRequest): void {
    this.worker.postMessage(request);
  }

  private settle(): void {
    this.pending -= 1;
    if (this.pending === 0) {
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }
}
