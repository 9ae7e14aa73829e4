import type { z } from "zod";
import { ErrorBody } from "../../shared/api/errors";
import { ApiError } from "./ApiError";

/** Fetches a JSON endpoint and parses the answer with the same schema the server answers with. */
export async function requestJson<T extends z.ZodType>(path: string, schema: T, init?: RequestInit): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network_error", "The server could not be reached.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ErrorBody.safeParse(body);
    if (error.success) {
      throw new ApiError(response.status, error.data.error.code, error.data.error.message);
    }
    throw new ApiError(response.status, "internal_error", `The server answered ${response.status}.`);
  }
  return schema.parse(body);
}
