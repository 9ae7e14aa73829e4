import type { ErrorRequestHandler, RequestHandler } from "express";
import type { ErrorBody } from "../../shared/api/errors";
import type { Logger } from "../logger";
import { HttpError, notFound } from "./HttpError";

/** Answers unknown API paths with a JSON 404. */
export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(notFound(`No API route ${request.method} ${request.baseUrl}${request.path}.`));
};

/** Express body-parser and similar errors carry `status` and `type`. */
function isClientError(error: unknown): error is { status: number; type?: string; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** Writes every error as `{ error: { code, message } }`; unknown errors are logged and hidden. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    let status = 500;
    let body: ErrorBody = { error: { code: "internal_error", message: "Something went wrong on the server." } };
    if (error instanceof HttpError) {
      status = error.status;
      body = { error: { code: error.code, message: error.message, ...(error.violations ? { violations: error.violations } : {}) } };
    } else if (isClientError(error)) {
      status = error.status;
      const code = status === 413 ? "payload_too_large" : "bad_request";
      const message = error.type === "entity.parse.failed" ? "The request body is not valid JSON." : error.message;
      body = { error: { code, message } };
    } else {
      logger.error("http", "unhandled error", { method: request.method, path: request.path, error: String(error), stack: (error as Error | null)?.stack });
    }
    response.status(status).json(body);
  };
}
