import { Worker } from "node:worker_threads";
import type { ImportPreview } from "../../shared/api/exports";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { IMPORT_HEAP_MB, IMPORT_TIMEOUT_MS, MAX_CONCURRENT_IMPORTS, MAX_IMPORTS_WAITING } from "../../shared/limits";
import type { NumberingScheme } from "../../shared/paragraphs";
import { HttpError } from "../http/HttpError";
import { checkArchiveDirectory } from "./checkWordArchive";
import { ImportError } from "./ImportedBlock";
import type { ImportJob, ImportOutcome } from "./importMessages";

/** Run from source (tests, `npm run dev`) or compiled into dist/server (`npm start`, see scripts/buildServer.mjs). */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(FROM_SOURCE ? "./importWorker.ts" : "./importWorker.js", import.meta.url);
/** From source, the thread loads its TypeScript through tsx's API, as the maintenance thread does. */
const BOOTSTRAP = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
/** A reader thread left idle this long exits; the next import starts another. */
const IDLE_EXIT_MS = 60_000;

function startReader(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB } };
  const worker = FROM_SOURCE ? new Worker(BOOTSTRAP, { ...options, eval: true }) : new Worker(WORKER_URL, options);
  // An idle reader never keeps the process alive, and one failing while idle is simply gone.
  worker.unref();
  worker.on("error", () => {});
  return worker;
}

function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

/**
 * Reads uploaded draft reports (`readReportFile`) on threads of their own, each with a heap limit
 * and every file with a timeout (shared/limits.ts), so that no file, however crafted, stalls
 * everyone else's editing or exhausts the server's memory: a file past a limit is refused with
 * 413. At most `MAX_CONCURRENT_IMPORTS` threads run; a thread that failed or ran out of time is
 * ended, the others are kept warm for the next file.
 */
export class ImportReaders {
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout; forget: () => void }[] = [];
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async read(bytes: Buffer, fileName: string, contentType: string | undefined, numbering: NumberingScheme): Promise<{ json: ProseMirrorJson; preview: ImportPreview }> {
    if (isZip(bytes)) {
      // A bomb's directory already gives it away: refused in microseconds, with no thread involved.
      checkArchiveDirectory(bytes);
    }
    await this.takeTurn();
    try {
      // A copy of exactly the file's bytes moves to the thread (the body may share a larger buffer).
      const outcome = await this.run({ bytes: new Uint8Array(bytes), fileName, contentType, numbering });
      if (outcome.ok) {
        return { json: outcome.json, preview: outcome.preview };
      }
      if (outcome.status === 500) {
        throw new Error(outcome.message);
      }
      throw new ImportError(outcome.status, outcome.message);
    } finally {
      this.endTurn();
    }
  }

  /** Ends every idle thread (on shutdown). */
  close(): void {
    for (const { worker, timer, forget } of this.idle.splice(0)) {
      clearTimeout(timer);
      worker.off("exit", forget);
      void worker.terminate();
    }
  }

  private async takeTurn(): Promise<void> {
    if (this.running < MAX_CONCURRENT_IMPORTS) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= MAX_IMPORTS_WAITING) {
      throw new HttpError(503, "import_busy", "Too many files are being imported right now. Try again in a minute.");
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private endTurn(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
    } else {
      this.running -= 1;
    }
  }

  private run(job: ImportJob): Promise<ImportOutcome> {
    const kept = this.idle.pop();
    if (kept) {
      clearTimeout(kept.timer);
      kept.worker.off("exit", kept.forget);
    }
    const worker = kept?.worker ?? startReader();
    worker.ref();
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: ImportOutcome, keep: boolean) => {
        if (settled) {
          return;
        }
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (keep) {
          this.keep(worker);
        } else {
          void worker.terminate();
        }
        resolve(outcome);
      };
      const timer = setTimeout(() => settle({ ok: false, status: 413, message: `The file took longer than ${IMPORT_TIMEOUT_MS / 1000} s to read; Parley stopped reading it.` }, false), IMPORT_TIMEOUT_MS);
      const onMessage = (outcome: ImportOutcome) => settle(outcome, true);
      const onError = (error: Error & { code?: string }) =>
        settle(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { ok: false, status: 413, message: `Reading the file needed more than the ${IMPORT_HEAP_MB} MB an import may use.` }
            : { ok: false, status: 500, message: `the import thread failed: ${String(error)}` },
          false,
        );
      const onExit = () => settle({ ok: false, status: 500, message: "the import thread stopped without an answer" }, false);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  private keep(worker: Worker): void {
    worker.unref();
    const forget = () => {
      const index = this.idle.findIndex((entry) => entry.worker === worker);
      if (index >= 0) {
        clearTimeout(this.idle[index]?.timer);
        this.idle.splice(index, 1);
      }
    };
    const timer = setTimeout(() => {
      forget();
      void worker.terminate();
    }, IDLE_EXIT_MS);
    timer.unref();
    worker.once("exit", forget);
    this.idle.push({ worker, timer, forget });
  }
}
