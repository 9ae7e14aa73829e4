import { z } from "zod";
import { ReportContent, ReportDiff } from "../diff/ReportDiff";
import { DocumentParams } from "./documents";

/** Why a version was saved: by hand, hourly while edited, on import, when the consultation opened, with a submission, or just before a restore. */
export const VersionKind = z.enum(["manual", "auto", "import", "opening", "submission", "restore"]);
export type VersionKind = z.infer<typeof VersionKind>;

/** A saved version of a document (its content is read separately). */
export const Version = z.object({
  /** Stable identifier; newer versions have larger ids. */
  id: z.number().int(),
  /** The document's name. */
  document: z.string(),
  /** e.g. "Zero draft". */
  name: z.string(),
  /** Why it was saved. */
  note: z.string(),
  /** Manual, automatic, or saved by an event. */
  kind: VersionKind,
  /** Who saved it; null when Parley saved it itself. */
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** When it was saved. */
  createdAt: z.iso.datetime(),
});
export type Version = z.infer<typeof Version>;

/**
 * A version's name as people read it. The versions Parley saves itself are stored with English
 * names; they are shown by their kind in the reader's language, from `names`.
 */
export function versionName(version: Pick<Version, "kind" | "name">, names: { auto: string; beforeRestore: string }): string {
  if (version.kind === "auto") {
    return names.auto;
  }
  return version.kind === "restore" ? names.beforeRestore : version.name;
}

/** `GET /api/docs/:docName/versions`. */
export const VersionList = z.object({
  /** Every version of the document, newest first. */
  versions: z.array(Version),
});
export type VersionList = z.infer<typeof VersionList>;

/** `POST /api/docs/:docName/versions`. */
export const SaveVersionBody = z.object({
  /** A short name people recognise, e.g. "Zero draft". */
  name: z.string().trim().min(1).max(120),
  /** Why it was saved. */
  note: z.string().trim().max(2000).default(""),
});
export type SaveVersionBody = z.infer<typeof SaveVersionBody>;

/** Path parameters naming one version of a document. */
export const VersionParams = DocumentParams.extend({
  /** The version's id. */
  versionId: z.coerce.number().int().positive(),
});
export type VersionParams = z.infer<typeof VersionParams>;

/** `GET /api/docs/:docName/versions/:versionId`: a version's content, read-only. */
export const VersionContent = z.object({
  /** The version. */
  version: Version,
  /** Its headings and numbered paragraphs. */
  content: ReportContent,
});
export type VersionContent = z.infer<typeof VersionContent>;

/** A version id, or "current" for the document as it is now. */
export const VersionRef = z.union([z.literal("current"), z.coerce.number().int().positive()]);
export type VersionRef = z.infer<typeof VersionRef>;

/** Query of `GET /api/docs/:docName/diff`. */
export const DiffQuery = z.object({
  /** The older side: a version id, or "current". */
  from: VersionRef,
  /** The newer side: a version id, or "current" (the default). */
  to: VersionRef.default("current"),
});
export type DiffQuery = z.infer<typeof DiffQuery>;

/** `GET /api/docs/:docName/diff`. */
export const VersionDiff = z.object({
  /** The older side; null for the current document. */
  from: Version.nullable(),
  /** The newer side; null for the current document. */
  to: Version.nullable(),
  /** What changed from one to the other. */
  diff: ReportDiff,
});
export type VersionDiff = z.infer<typeof VersionDiff>;

/** `POST /api/docs/:docName/versions/:versionId/restore`. */
export const RestoredVersion = z.object({
  /** The version whose content is now the current text. */
  restored: Version,
  /** The version saved automatically just before, holding the text that was replaced. */
  before: Version,
});
export type RestoredVersion = z.infer<typeof RestoredVersion>;
