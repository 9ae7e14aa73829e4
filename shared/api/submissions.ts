import { z } from "zod";
import { ID_PATTERN } from "../collab/documentNames";
import { Deadline } from "../deadline";
import { LOCALE_CODES } from "../i18n/locales";
import { SubmissionLimits } from "../submission/limits";
import { ConsultationState } from "./consultations";
import { FileLanguage } from "./fileLanguage";

/** The coalition's own pipeline before the external submission. */
export const SubmissionStage = z.enum(["drafting", "ready_for_review", "signed_off"]);
export type SubmissionStage = z.infer<typeof SubmissionStage>;

/** Where an organisation's submission stands, as the dashboard shows it. */
export const SubmissionState = z.enum(["not_started", "drafting", "submitted", "resubmitted", "withdrawn", "not_submitted"]);
export type SubmissionState = z.infer<typeof SubmissionState>;

/** One submit or withdraw. */
export const SubmissionEvent = z.object({
  /** Sequence number; submits have a receipt under it. */
  id: z.number(),
  action: z.enum(["submitted", "withdrawn"]),
  /** ISO 8601, by the server's clock. */
  at: z.string(),
  /** Who, by name at reading time. */
  by: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  /** SHA-256 (hex) of the frozen Yjs state, for submits. */
  stateSha256: z.string().nullable(),
});
export type SubmissionEvent = z.infer<typeof SubmissionEvent>;

/** One organisation's standing in a consultation. */
export const OrganisationStatus = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  /** The deadline that applies to it: an extension if it has one. */
  deadline: Deadline,
  extended: z.boolean(),
  /** True once its deadline has passed (or the consultation closed): its submission is read-only. */
  locked: z.boolean(),
  state: SubmissionState,
  stage: SubmissionStage,
  /** The official submission: the newest submit not withdrawn since. */
  official: SubmissionEvent.nullable(),
  /** Every submit and withdraw, newest first. */
  history: z.array(SubmissionEvent),
  /** Comments by kind (only on the coordinator's dashboard). */
  commentCounts: z.record(z.string(), z.number()).optional(),
  /** Last change to its submission document, ISO 8601 (dashboard only). */
  lastActivity: z.string().nullable().optional(),
});
export type OrganisationStatus = z.infer<typeof OrganisationStatus>;

/** `GET /api/consultations/:id/status`: the organisations the caller may see, and the clock. */
export const ConsultationStatus = z.object({
  /** The server's time, the only authority on deadlines. */
  now: z.string(),
  state: ConsultationState,
  deadline: Deadline,
  internalDeadline: Deadline.nullable(),
  organisations: z.array(OrganisationStatus),
});
export type ConsultationStatus = z.infer<typeof ConsultationStatus>;

/** Path naming one organisation in a consultation. */
export const OrganisationParams = z.object({
  id: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64),
});
export type OrganisationParams = z.infer<typeof OrganisationParams>;

/** Path naming one submission's receipt or file. */
export const SubmissionFileParams = OrganisationParams.extend({
  submissionId: z.coerce.number().int().positive(),
  format: z.string().regex(/^[a-z0-9]{1,10}$/).optional(),
});
export type SubmissionFileParams = z.infer<typeof SubmissionFileParams>;

/**
 * `POST …/submit`: the language the submitted package files are rendered in, once, at submit (the
 * submitter's UI language). An empty body or none at all means English.
 */
export const SubmitBody = z
  .object({
    /** The language of the frozen files' labels. */
    lang: FileLanguage,
  })
  .prefault({});
export type SubmitBody = z.infer<typeof SubmitBody>;

/** `PUT …/stage`. */
export const StageBody = z.object({ stage: SubmissionStage });
export type StageBody = z.infer<typeof StageBody>;

/** A deadline as a coordinator enters it: local date-time and IANA zone. */
export const DeadlineInput = z.object({
  /** "2027-04-03T23:59" */
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must be a local date-time like 2027-04-03T23:59"),
  /** e.g. "America/New_York" */
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as America/New_York"),
});
export type DeadlineInput = z.infer<typeof DeadlineInput>;

/** `PATCH /api/consultations/:id` (coordinators). */
export const UpdateConsultationBody = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().max(5000).optional(),
  deadline: DeadlineInput.optional(),
  /** The coalition's internal deadline; null removes it. */
  internalDeadline: DeadlineInput.nullable().optional(),
  /** Open (or reopen), close early, or back to preparing. */
  state: ConsultationState.optional(),
  /** The organisations taking part (ids of existing organisations). */
  organisationIds: z.array(z.string().regex(ID_PATTERN, "must be an organisation id")).min(1, "at least one organisation must take part").max(500).optional(),
  /** Submission limits to change (the others stay); null removes a limit. */
  limits: SubmissionLimits.partial().optional(),
});
export type UpdateConsultationBody = z.infer<typeof UpdateConsultationBody>;

/** `PUT …/extension`: a later deadline for one organisation. */
export const ExtensionBody = z.object({ deadline: DeadlineInput });
export type ExtensionBody = z.infer<typeof ExtensionBody>;

/** A submission's receipt: proof of what was sent, when and by whom. */
export const Receipt = z.object({
  consultation: z.object({ id: z.string(), title: z.string() }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  submissionId: z.number(),
  submittedAt: z.string(),
  submittedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  /** SHA-256 (hex) of the frozen Yjs state of the submission document. */
  stateSha256: z.string(),
  /** The language the frozen files' labels were rendered in at submission. */
  language: z.enum(LOCALE_CODES),
  /** Each package file frozen at submission: the hash of the exact bytes served for download. */
  files: z.array(z.object({ format: z.string(), sha256: z.string(), size: z.number(), path: z.string() })),
  /** Still the official submission (not withdrawn or superseded). */
  official: z.boolean(),
});
export type Receipt = z.infer<typeof Receipt>;
