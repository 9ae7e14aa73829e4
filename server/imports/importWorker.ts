// An import reader's thread: reads uploaded files one at a time (see ImportReaders.ts).
import { parentPort } from "node:worker_threads";
import { ImportError } from "./ImportedBlock";
import type { ImportJob, ImportOutcome } from "./importMessages";
import { readReportFile } from "./readReportFile";

function outcomeOf(error: unknown): ImportOutcome {
  if (error instanceof ImportError) {
    return { ok: false, status: error.status, message: error.message };
  }
  if (error instanceof RangeError) {
    // A call stack overflow in a parser: markup nested too deep to read.
    return { ok: false, status: 413, message: "The file is nested too deeply for Parley to read." };
  }
  return { ok: false, status: 500, message: error instanceof Error ? error.message : String(error) };
}

parentPort?.on("message", (job: ImportJob) => {
  readReportFile(Buffer.from(job.bytes), job.fileName, job.contentType, job.numbering).then(
    (result) => parentPort?.postMessage({ ok: true, ...result } satisfies ImportOutcome),
    (error: unknown) => parentPort?.postMessage(outcomeOf(error)),
  );
});
