import type { ConsultationState } from "../api/consultations";
import type { SubmissionState } from "../api/submissions";
import type { Deadline } from "../deadline";

/** Why a submission can no longer change, or null while it can. */
export type LockReason = "deadline_passed" | "consultation_closed" | null;

/** A submission locks when its organisation's deadline passes or the consultation is closed. The server's clock decides. */
export function lockReason(state: ConsultationState, deadline: Deadline, now: Date): LockReason {
  if (state === "closed") {
    return "consultation_closed";
  }
  return now.getTime() >= Date.parse(deadline.utc) ? "deadline_passed" : null;
}

/** The deadline that applies to an organisation: its extension when it has a later one. */
export function effectiveDeadline(deadline: Deadline, extension: Deadline | null): { deadline: Deadline; extended: boolean } {
  return extension && Date.parse(extension.utc) > Date.parse(deadline.utc) ? { deadline: extension, extended: true } : { deadline, extended: false };
}

/**
 * Where a submission stands, from its submit/withdraw history (newest first): submitted (or
 * resubmitted) while its newest submit stands; once locked, a submission with none standing was
 * not submitted; before that it is withdrawn, drafting, or not started.
 */
export function submissionState(history: readonly { action: "submitted" | "withdrawn" }[], hasContent: boolean, locked: boolean): SubmissionState {
  const latest = history[0];
  if (latest?.action === "submitted") {
    return history.filter((event) => event.action === "submitted").length > 1 ? "resubmitted" : "submitted";
  }
  if (locked) {
    return "not_submitted";
  }
  if (latest?.action === "withdrawn") {
    return "withdrawn";
  }
  return hasContent ? "drafting" : "not_started";
}
