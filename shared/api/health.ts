import { z } from "zod";

/** `GET /api/health`. */
export const Health = z.object({
  /** "ok" while the database answers and its data dir takes writes; "degraded" (with 503) when not. */
  status: z.enum(["ok", "degraded"]),
  /** Parley's version. */
  version: z.string(),
  /** How many documents are loaded in memory now. */
  documentsLoaded: z.number().int(),
});
export type Health = z.infer<typeof Health>;
