import type { Request } from "express";
import type { Config } from "../config";

/** An absolute link to a client page: under `PUBLIC_URL` when set, else on the host the request came to. */
export function publicLink(config: Pick<Config, "publicUrl">, request: Request, path: string): string {
  const base = config.publicUrl ?? `${request.protocol}://${request.get("host") ?? "localhost"}`;
  return `${base}${path}`;
}
