import type { ErrorCode } from "../../shared/api/errors";
import { describeViolation, type LimitViolation } from "../../shared/submission/limits";

/** An error with an HTTP status and a code the client can act on; its message is shown to people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** For `limits_exceeded`: what broke which limit, sent with the error. */
    readonly violations?: LimitViolation[],
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, "bad_request", message);
export const notFound = (message = "Not found.") => new HttpError(404, "not_found", message);
export const forbidden = (message = "You may not do this.") => new HttpError(403, "forbidden", message);
/** Deadlines out of order: the coalition's own deadline after the portal's, or an extension that extends nothing. */
export const deadlineOrder = (message: string) => new HttpError(400, "deadline_order", message);
export const conflict = (message: string) => new HttpError(409, "conflict", message);
/** The deadline has passed or the consultation is closed: the submission can no longer change. */
export const locked = (message: string) => new HttpError(409, "locked", message);
/** A package breaks the consultation's submission limits: 422 with every violation listed. */
export const limitsExceeded = (violations: LimitViolation[], action: string) =>
  new HttpError(422, "limits_exceeded", `${action} breaks the consultation's submission limits: ${violations.map(describeViolation).join("; ")}.`, violations);
