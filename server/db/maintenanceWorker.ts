// The store's maintenance thread: WAL checkpoints and log compaction run here, on their own SQLite
// connection, so their fsyncs and their encoding of whole documents never stall the event loop
// that relays edits. Messages are handled one at a time, so compactions never overlap.
import { parentPort, workerData } from "node:worker_threads";
import { DocumentStore } from "../stores/DocumentStore";
import { openDatabase } from "./openDatabase";
import type { MaintenanceReply, MaintenanceRequest, MaintenanceWorkerData } from "./maintenanceMessages";

const { dataDir, synchronous, checkpointIntervalMs } = workerData as MaintenanceWorkerData;
const db = openDatabase({ dataDir, synchronous, migrate: false });
const store = new DocumentStore(db);
const port = parentPort;

const reply = (message: MaintenanceReply) => port?.postMessage(message);

const checkpoint = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    reply({ type: "error", task: "checkpoint", message: String(error) });
  }
}, checkpointIntervalMs);

reply({ type: "ready" });

port?.on("message", (request: MaintenanceRequest) => {
  if (request.type === "close") {
    clearInterval(checkpoint);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    port.close();
    return;
  }
  try {
    store.compactLog(request.documentName, request.throughUpdateId);
    reply({ type: "compacted", documentName: request.documentName, throughUpdateId: request.throughUpdateId });
  } catch (error) {
    reply({ type: "error", task: `compact ${request.documentName}`, message: String(error) });
  }
});
