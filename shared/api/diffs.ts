import { z } from "zod";
import { SubmissionDiff } from "../diff/CommentChange";
import { CommentOutcome, DiffComment } from "../diff/CommentFate";
import { Organisation } from "./consultations";
import { FileLanguage } from "./fileLanguage";
import { DiffQuery, Version } from "./versions";

/** Query of `GET /api/docs/:docName/diff/comments`. */
export const DiffCommentsQuery = DiffQuery.extend({
  /** Whose comments: coordinators pick any organisation taking part; members get their own by default. */
  organisation: z.string().optional(),
});
export type DiffCommentsQuery = z.infer<typeof DiffCommentsQuery>;

/** `GET /api/docs/:docName/diff/comments`: one organisation's comments carried through a diff. */
export const DiffComments = z.object({
  /** The organisation whose comments these are. */
  organisation: Organisation,
  /** The organisations the caller may pick. */
  choices: z.array(Organisation),
  /** Its comments as they stand now (no authors, no discussion), oldest first. */
  comments: z.array(DiffComment),
  /** For each comment, what happened to its paragraph and, for amendments, their uptake. */
  outcomes: z.array(CommentOutcome),
});
export type DiffComments = z.infer<typeof DiffComments>;

/** `GET /api/docs/:docName/comment-diff`: two versions of a submission compared comment by comment. */
export const SubmissionVersionDiff = z.object({
  /** The older side; null for the submission as it is now. */
  from: Version.nullable(),
  /** The newer side; null for the submission as it is now. */
  to: Version.nullable(),
  /** Comments added, removed and changed. */
  diff: SubmissionDiff,
});
export type SubmissionVersionDiff = z.infer<typeof SubmissionVersionDiff>;

/** A diff's file formats. */
export const DiffFormat = z.enum(["docx", "html", "pdf"]);
export type DiffFormat = z.infer<typeof DiffFormat>;

/** Query of `GET /api/docs/:docName/diff/export`. */
export const DiffExportQuery = DiffQuery.extend({
  /** Word with tracked changes, a self-contained web page, or PDF. */
  format: DiffFormat,
  /** The language of the file's labels (legend, notes, counts); English when not given. */
  lang: FileLanguage,
});
export type DiffExportQuery = z.infer<typeof DiffExportQuery>;
