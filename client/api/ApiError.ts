import type { ErrorCode } from "../../shared/api/errors";

/** An API failure: `code` from the server's error body, or `network_error` when none arrived. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network_error",
    message: string,
  ) {
    super(message);
  }
}
