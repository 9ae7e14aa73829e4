import type { z } from "zod";
import { ErrorBody } from "../../shared/api/errors";
import { ApiError } from "./ApiError";

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = ErrorBody.safeParse(body);
  if (error.success) {
    return new ApiError(response.status, error.data.error.code, error.data.error.message, error.data.error.violations);
  }
  return new ApiError(response.status, "internal_error", `The server answered ${response.status}.`);
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network_error", "The server could not be reached.");
  }
}

/** Calls an endpoint that answers 204 No Content. */
export async function requestNoContent(path: string, init?: RequestInit): Promise<void> {
  const response = await send(path, init);
  if (!response.ok) {
    throw await failure(response);
  }
}

/** Fetches a JSON endpoint and parses the answer with the same schema the server answers with. */
export async function requestJson<T extends z.ZodType>(path: string, schema: T, init?: RequestInit): Promise<z.infer<T>> {
  const response = await send(path, init);
  if (!response.ok) {
    throw await failure(response);
  }
  return schema.parse(await response.json());
}
