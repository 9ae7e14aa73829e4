import { z } from "zod";
import { ID_PATTERN } from "../collab/documentNames";
import { ConsultationParams } from "./consultations";
import { FileLanguage } from "./fileLanguage";

/** The formats an organisation's package is rendered in. */
export const PackageFormatId = z.enum(["docx", "pdf", "md", "csv", "xlsx", "json"]);
export type PackageFormatId = z.infer<typeof PackageFormatId>;

/** A query flag: `true` or `false`, as in `?discussion=true`. */
const QueryFlag = z.enum(["true", "false"]).transform((value) => value === "true");

/** Path parameters naming one organisation's submission in a consultation. */
export const OrganisationPackageParams = ConsultationParams.extend({
  /** The organisation's id. */
  organisationId: z.string().regex(ID_PATTERN, "must be lowercase letters, digits and dashes"),
});
export type OrganisationPackageParams = z.infer<typeof OrganisationPackageParams>;

/** `GET …/organisations/:organisationId/package?format=docx&discussion=false&lang=fr`. */
export const PackageQuery = z.object({
  /** The file format; JSON when not given. */
  format: PackageFormatId.default("json"),
  /** Include the organisation's internal discussion (texts and times, never names). */
  discussion: QueryFlag.default(false),
  /** The language of the file's labels; English when not given. */
  lang: FileLanguage,
});
export type PackageQuery = z.infer<typeof PackageQuery>;

/** `POST /api/consultations/:id/exports`: start the coalition package. */
export const CreateExportBody = z.object({
  /** The formats of each organisation's package inside the ZIP (the comment matrix is always DOCX and XLSX). */
  formats: z.array(PackageFormatId).min(1).max(6),
  /** Include each organisation's internal discussion. */
  discussion: z.boolean().default(false),
  /** The language of every file's labels and of the comment matrix; English when not given. */
  lang: FileLanguage,
});
export type CreateExportBody = z.infer<typeof CreateExportBody>;

/** Path parameters naming one export job. */
export const ExportJobParams = ConsultationParams.extend({
  /** The job's id. */
  jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not an export job id"),
});
export type ExportJobParams = z.infer<typeof ExportJobParams>;

/** Where an export job stands. */
export const ExportJobState = z.enum(["running", "done", "failed", "cancelled"]);
export type ExportJobState = z.infer<typeof ExportJobState>;

/** An export job as its progress is reported. Jobs live in the server's memory only. */
export const ExportJob = z.object({
  /** Stable id, for progress, download and cancel. */
  id: z.string(),
  /** Running, done, failed or cancelled. */
  state: ExportJobState,
  /** Steps finished so far. */
  done: z.number().int(),
  /** Steps in all: one per organisation, plus the matrix and the ZIP. */
  total: z.number().int(),
  /** The ZIP's file name, once done. */
  fileName: z.string().nullable(),
  /** Why it failed, if it did. */
  error: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;

/** `POST …/report/import-preview` and `…/report/import`: the uploaded file's name, to tell its format. */
export const ImportQuery = z.object({
  /** The file's name as picked, e.g. "draft.docx". */
  fileName: z.string().max(255).default(""),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

/** What an import would write: the report's sections and how many numbered paragraphs. */
export const ImportPreview = z.object({
  /** The format the file was read as. */
  format: z.enum(["pdf", "docx", "odt", "md", "html", "txt"]),
  /** Sections in order, with their heading and paragraph count. */
  sections: z.array(
    z.object({
      /** "A", "H", … or null before the first section heading. */
      label: z.string().nullable(),
      /** The heading's text. */
      heading: z.string(),
      /** Numbered paragraphs in the section. */
      paragraphs: z.number().int(),
    }),
  ),
  /** Numbered paragraphs in the whole report. */
  paragraphCount: z.number().int(),
  /** The first and last paragraph numbers, e.g. "1" and "40". */
  firstNumber: z.string().nullable(),
  lastNumber: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What becomes of a paragraph of the current report when a file is imported. */
export const ParagraphOutcome = z.enum(["kept", "reattached", "detached"]);
export type ParagraphOutcome = z.infer<typeof ParagraphOutcome>;

/** One current paragraph's fate in an import: its stable id (and comments) follow its text, or leave. */
export const ParagraphFate = z.object({
  /** The paragraph's stable id, which its comments name. */
  paragraphId: z.string(),
  /** Its number now. */
  number: z.string(),
  /** The number of the imported paragraph that takes over its id; null when none is similar (detached). */
  newNumber: z.string().nullable(),
  /** kept: same number; reattached: the similar text sits at another number; detached: no similar text. */
  outcome: ParagraphOutcome,
  /** How alike the two texts are, 0 to 1 (word overlap); 0 when detached. */
  similarity: z.number(),
});
export type ParagraphFate = z.infer<typeof ParagraphFate>;

/** How an import carries the current paragraphs' ids, and with them the comments, into the new text. */
export const ImportMapping = z.object({
  /** Paragraphs (and comments) by outcome. */
  paragraphs: z.record(ParagraphOutcome, z.number().int()),
  comments: z.record(ParagraphOutcome, z.number().int()),
  /** Every current paragraph whose id moves to another number or leaves, in report order. */
  changes: z.array(ParagraphFate),
  /** Every comment on a paragraph that moves or leaves: whose, which, and where it goes. */
  affectedComments: z.array(
    z.object({
      organisationId: z.string(),
      commentId: z.string(),
      /** The paragraph's number now. */
      number: z.string(),
      /** The paragraph it follows after the import; null when it becomes detached. */
      newNumber: z.string().nullable(),
      outcome: ParagraphOutcome.exclude(["kept"]),
    }),
  ),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

/** `POST …/report/import-preview`: the file's sections and how the current paragraphs' comments would fare. */
export const ReportImportPreview = ImportPreview.extend({
  mapping: ImportMapping,
});
export type ReportImportPreview = z.infer<typeof ReportImportPreview>;

/** `POST …/report/import`: what was written, and the version saved after it. */
export const ImportResult = ReportImportPreview.extend({
  /** The version saved right after the import, kind "import". */
  versionId: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** `POST …/organisations/:organisationId/package/import`: what a JSON package import wrote. */
export const PackageImportResult = z.object({
  /** Comments written (new, or replacing the comment with the same id). */
  comments: z.number().int(),
  /** True when the package's general remarks replaced the submission's. */
  generalRemarks: z.boolean(),
  /** True when the package's cover note replaced the submission's. */
  coverNote: z.boolean(),
  /** The version of the submission saved just before the import. */
  beforeVersionId: z.number().int(),
});
export type PackageImportResult = z.infer<typeof PackageImportResult>;
