import { z } from "zod";

/** `GET /api/health`. */
export const Health = z.object({
  /** "ok" while the server can reach its database. */
  status: z.literal("ok"),
  /** Parley's version. */
  version: z.string(),
  /** How many documents are loaded in memory now. */
  documentsLoaded: z.number().int(),
});
export type Health = z.infer<typeof Health>;
