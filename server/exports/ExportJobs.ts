import { randomBytes } from "node:crypto";
import type { ExportJob } from "../../shared/api/exports";

/** What a job's work is given: where to report progress, and the signal that cancels it. */
export interface JobWork {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

interface Job {
  status: ExportJob;
  ownerId: string;
  consultationId: string;
  controller: AbortController;
  file: Buffer | null;
  finishedAt: number | null;
}

/** How long a finished job's file is kept for download. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;
/** Most jobs kept at once; the oldest finished ones go first. */
const MAX_JOBS = 50;

/**
 * Long exports running in the background with progress and cancel. Jobs live in this process's
 * memory only: a restart forgets them, and only the person who started one sees it.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts `work` and returns the job at once. */
  start(ownerId: string, consultationId: string, total: number, work: (job: JobWork) => Promise<{ fileName: string; bytes: Buffer }>): ExportJob {
    this.prune();
    const id = randomBytes(12).toString("base64url");
    const job: Job = {
      status: { id, state: "running", done: 0, total, fileName: null, error: null },
      ownerId,
      consultationId,
      controller: new AbortController(),
      file: null,
      finishedAt: null,
    };
    this.jobs.set(id, job);
    const onProgress = (done: number, steps: number) => {
      job.status = { ...job.status, done, total: steps };
    };
    work({ onProgress, signal: job.controller.signal }).then(
      ({ fileName, bytes }) => {
        if (job.status.state === "running") {
          job.file = bytes;
          job.status = { ...job.status, state: "done", done: job.status.total, fileName };
        }
        job.finishedAt = this.now();
      },
      (error: unknown) => {
        if (job.status.state === "running") {
          job.status = { ...job.status, state: "failed", error: error instanceof Error ? error.message : String(error) };
        }
        job.finishedAt = this.now();
      },
    );
    return job.status;
  }

  /** A job's progress, for the person who started it; null otherwise. */
  status(ownerId: string, consultationId: string, id: string): ExportJob | null {
    return this.find(ownerId, consultationId, id)?.status ?? null;
  }

  /** A finished job's file and name; null when there is no such job or it is not done. */
  file(ownerId: string, consultationId: string, id: string): { fileName: string; bytes: Buffer } | null {
    const job = this.find(ownerId, consultationId, id);
    return job?.file && job.status.fileName ? { fileName: job.status.fileName, bytes: job.file } : null;
  }

  /** Cancels a running job (its work stops at the next step) and forgets it; false when there is none. */
  cancel(ownerId: string, consultationId: string, id: string): boolean {
    const job = this.find(ownerId, consultationId, id);
    if (!job) {
      return false;
    }
    if (job.status.state === "running") {
      job.status = { ...job.status, state: "cancelled" };
      job.controller.abort();
    }
    this.jobs.delete(id);
    return true;
  }

  private find(ownerId: string, consultationId: string, id: string): Job | null {
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId && job.consultationId === consultationId ? job : null;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) {
        this.jobs.delete(id);
      }
    }
    const finished = [...this.jobs].filter(([, job]) => job.finishedAt !== null).sort(([, a], [, b]) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    while (this.jobs.size >= MAX_JOBS && finished.length > 0) {
      const [id] = finished.shift() ?? [];
      if (id) {
        this.jobs.delete(id);
      }
    }
  }
}
