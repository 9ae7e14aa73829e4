import { z } from "zod";
import { ID_PATTERN } from "../collab/documentNames";
import { Deadline } from "../deadline";
import { NumberingScheme } from "../paragraphs";
import { SubmissionLimits } from "../submission/limits";

/** An organisation taking part in a consultation. */
export const Organisation = z.object({
  /** Stable identifier, used in submission document names. */
  id: z.string(),
  /** Display name. */
  name: z.string(),
});
export type Organisation = z.infer<typeof Organisation>;

/** Where a consultation stands. */
export const ConsultationState = z.enum(["preparing", "open", "closed"]);
export type ConsultationState = z.infer<typeof ConsultationState>;

/** A consultation as lists show it. */
export const ConsultationSummary = z.object({
  /** Stable identifier. */
  id: z.string(),
  /** Title, e.g. "Initial pre-draft: consultation on the draft report". */
  title: z.string(),
  /** When comments are due. */
  deadline: Deadline,
  /** Preparing, open or closed. */
  state: ConsultationState,
});
export type ConsultationSummary = z.infer<typeof ConsultationSummary>;

/** A consultation with its report and organisations. */
export const Consultation = ConsultationSummary.extend({
  /** What the consultation is about. */
  description: z.string(),
  /** How paragraphs are numbered. */
  numbering: NumberingScheme,
  /** The coalition's own earlier deadline, if it set one. */
  internalDeadline: Deadline.nullable(),
  /** Name of the report's Yjs document, to connect to at `/collab/<name>`. */
  reportDocument: z.string(),
  /** Organisations taking part. */
  organisations: z.array(Organisation),
  /** The portal's rules every package must keep: characters per comment, pages, plain ASCII. */
  limits: SubmissionLimits,
  /** When the consultation was created; also tells apart two stores that reuse an id. */
  createdAt: z.iso.datetime(),
});
export type Consultation = z.infer<typeof Consultation>;

/** `GET /api/consultations`. */
export const ConsultationList = z.object({
  /** Every consultation, newest deadline last. */
  consultations: z.array(ConsultationSummary),
});
export type ConsultationList = z.infer<typeof ConsultationList>;

/** Path parameters naming one consultation. */
export const ConsultationParams = z.object({
  /** The consultation's id. */
  id: z.string().regex(ID_PATTERN, "must be lowercase letters, digits and dashes"),
});
export type ConsultationParams = z.infer<typeof ConsultationParams>;
