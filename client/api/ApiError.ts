import type { ErrorCode } from "../../shared/api/errors";
import type { LimitViolation } from "../../shared/submission/limits";

/** An API failure: `code` from the server's error body, or `network_error` when none arrived. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network_error",
    message: string,
    /** For `limits_exceeded`: what broke which limit. */
    readonly violations: readonly LimitViolation[] = [],
  ) {
    super(message);
  }
}
