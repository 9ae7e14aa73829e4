import type { ErrorCode } from "../../shared/api/errors";

/** An error with an HTTP status and a code the client can act on; its message is shown to people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, "bad_request", message);
export const notFound = (message = "Not found.") => new HttpError(404, "not_found", message);
export const forbidden = (message = "You may not do this.") => new HttpError(403, "forbidden", message);
export const conflict = (message: string) => new HttpError(409, "conflict", message);
/** The deadline has passed or the consultation is closed: the submission can no longer change. */
export const locked = (message: string) => new HttpError(409, "locked", message);
