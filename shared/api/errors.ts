import { z } from "zod";
import { LimitViolation } from "../submission/limits";

/** Every error code the API answers with. */
export const ErrorCode = z.enum([
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "locked",
  "payload_too_large",
  "import_too_large",
  "import_busy",
  "unsupported_media_type",
  "rate_limited",
  "limits_exceeded",
  /** Deadlines out of order: an internal deadline after the official one, or an extension not after it. */
  "deadline_order",
  "internal_error",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The body of every error response. */
export const ErrorBody = z.object({
  error: z.object({
    /** Machine-readable code. */
    code: ErrorCode,
    /** A sentence for people; never a stack trace. */
    message: z.string(),
    /** For `limits_exceeded`: every broken limit, by comment (paragraph number) and by how much. */
    violations: z.array(LimitViolation).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
