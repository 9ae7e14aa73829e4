import type { NextFunction, Request, Response } from "express";
import type { z } from "zod";
import { badRequest } from "./HttpError";

type Part = "params" | "query" | "body";

/** Describes a zod problem as `field: message`. */
export function describeIssue(issue: z.core.$ZodIssue, part: Part): string {
  const field = issue.path.length > 0 ? issue.path.join(".") : part;
  return `${field}: ${issue.message}`;
}

/**
 * Validates one part of the request at the door and replaces it with the parsed value, so
 * handlers read typed input and never check again. The first problem becomes a 400.
 */
export function validate<T extends z.ZodType>(part: Part, schema: T) {
  return (request: Request, _response: Response, next: NextFunction) => {
    const result = schema.safeParse(request[part]);
    if (!result.success) {
      const [issue] = result.error.issues;
      next(badRequest(issue ? describeIssue(issue, part) : `${part} is invalid`));
      return;
    }
    if (part === "query") {
      // Express 5 exposes `query` through a getter; shadow it with the parsed value.
      Object.defineProperty(request, "query", { value: result.data, writable: true });
    } else {
      request[part] = result.data;
    }
    next();
  };
}
