import { z } from "zod";

/** Every error code the API answers with. */
export const ErrorCode = z.enum([
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "locked",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
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
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
