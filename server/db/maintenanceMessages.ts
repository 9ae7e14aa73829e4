/** What the maintenance worker is started with. */
export interface MaintenanceWorkerData {
  dataDir: string;
  synchronous: "NORMAL" | "FULL";
  checkpointIntervalMs: number;
}

/** Requests to the maintenance worker. */
export type MaintenanceRequest = { type: "compact"; documentName: string; throughUpdateId: number } | { type: "close" };

/** Replies from the maintenance worker. */
export type MaintenanceReply =
  | { type: "ready" }
  | { type: "compacted"; documentName: string; throughUpdateId: number }
  | { type: "error"; task: string; message: string };
