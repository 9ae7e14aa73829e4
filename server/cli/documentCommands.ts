// `parley export` and `parley import`: documents in and out on the data dir's SQLite file.
import fs from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import { PackageFormatId } from "../../shared/api/exports";
import type { ImportMapping } from "../../shared/api/exports";
import { reportDocumentName, submissionDocumentName } from "../../shared/collab/documentNames";
import { readComments } from "../../shared/submission/submissionDoc";
import { isLocale, LOCALE_CODES, type Locale } from "../../shared/i18n/locales";
import { docFromStore } from "../collab/DocumentRoom";
import type { Db } from "../db/openDatabase";
import { coalitionExport } from "../exports/coalitionExport";
import { packageFormat } from "../exports/packageFormats";
import { readDraftPackage, type DocumentReader } from "../exports/readOrganisationPackage";
import { ImportError } from "../imports/ImportedBlock";
import { importMapping } from "../imports/importMapping";
import { keepParagraphIds } from "../imports/keepParagraphIds";
import { readReportFile } from "../imports/readReportFile";
import { paragraphs } from "../../shared/paragraphs";
import { checkPackage, describeViolation } from "../../shared/submission/limits";
import { reportJson } from "../collab/reportJson";
import { ConsultationStore } from "../stores/ConsultationStore";
import { DocumentStore } from "../stores/DocumentStore";
import { VersionStore } from "../stores/VersionStore";
import { replaceReport } from "../versions/replaceReport";

/** A mistake in the command's words: shown with the usage. */
export class UsageError extends Error {}

function consultationOf(db: Db, id: string | undefined) {
  if (!id) {
    throw new UsageError("--consultation is required");
  }
  const consultation = new ConsultationStore(db).get(id);
  if (!consultation) {
    throw new UsageError(`no consultation ${id}`);
  }
  return consultation;
}

function storeReader(store: DocumentStore): DocumentReader {
  return (name, read) => {
    const doc = docFromStore(store.load(name));
    try {
      return read(doc);
    } finally {
      doc.destroy();
    }
  };
}

function formatsOf(value: string | undefined): PackageFormatId[] {
  const formats = (value ?? "").split(",").filter(Boolean).map((format) => PackageFormatId.safeParse(format.trim()).data);
  if (formats.length === 0 || formats.some((format) => format === undefined)) {
    throw new UsageError(`--format must be one or more of ${PackageFormatId.options.join(", ")}, separated by commas`);
  }
  return formats as PackageFormatId[];
}

function localeOf(value: string | undefined): Locale {
  if (value === undefined) {
    return "en";
  }
  if (!isLocale(value)) {
    throw new UsageError(`--lang must be one of ${LOCALE_CODES.join(", ")}`);
  }
  return value;
}

/** Writes one organisation's draft package, or without `--organisation` the coalition ZIP; returns what it wrote. */
export async function exportCommand(db: Db, options: { consultation?: string; organisation?: string; format?: string; out?: string; discussion?: boolean; lang?: string }): Promise<string> {
  const consultation = consultationOf(db, options.consultation);
  const formats = formatsOf(options.format);
  const locale = localeOf(options.lang);
  if (!options.out) {
    throw new UsageError("--out is required");
  }
  const read = storeReader(new DocumentStore(db));
  const includeDiscussion = options.discussion ?? false;
  let bytes: Buffer;
  if (options.organisation) {
    const organisation = consultation.organisations.find((candidate) => candidate.id === options.organisation);
    if (!organisation || formats.length !== 1) {
      throw new UsageError(organisation ? "one --format for one organisation" : `${options.organisation ?? ""} does not take part in ${consultation.id}`);
    }
    const pkg = readDraftPackage(read, consultation, organisation, { includeDiscussion, asOf: new Date() });
    const violations = checkPackage(pkg, consultation.limits);
    if (violations.length > 0) {
      throw new Error(`${organisation.name}'s package breaks the consultation's submission limits:\n${violations.map((violation) => `  - ${describeViolation(violation)}`).join("\n")}`);
    }
    bytes = await packageFormat(formats[0] as PackageFormatId).render(pkg, locale);
  } else {
    bytes = (await coalitionExport({ read, consultation, formats, includeDiscussion, asOf: new Date(), locale })).bytes;
  }
  fs.writeFileSync(options.out, bytes);
  return `Wrote ${options.out} (${bytes.length} bytes)`;
}

/**
 * Replaces a consultation's report with a file's text, writing to the store directly: it runs
 * only while no server holds the data dir (the caller takes `DataDirLock`; the REST import
 * applies the file live instead). Paragraphs keep ids by their text, as the REST import's, and
 * the output says what became of the comments.
 */
export async function importCommand(db: Db, options: { consultation?: string }, file: string | undefined): Promise<string> {
  const consultation = consultationOf(db, options.consultation);
  if (!file) {
    throw new UsageError("name the file to import");
  }
  const bytes = fs.readFileSync(file);
  let read;
  try {
    read = await readReportFile(bytes, path.basename(file), undefined, consultation.numbering);
  } catch (error) {
    throw error instanceof ImportError ? new Error(error.message) : error;
  }
  const documents = new DocumentStore(db);
  const versions = new VersionStore(db);
  const documentName = reportDocumentName(consultation.id);
  const doc = docFromStore(documents.load(documentName));
  let comments: ImportMapping["comments"];
  try {
    const updates: Uint8Array[] = [];
    const save = (name: string, note: string) =>
      versions.insert({ documentName, name, note, kind: "import", createdBy: null, createdAt: new Date(), state: Y.encodeStateAsUpdate(doc) });
    save("Before import", `Replaced by “${path.basename(file)}”`);
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const kept = keepParagraphIds(read.json, paragraphs(reportJson(doc), consultation.numbering), consultation.numbering);
    const readDocument = storeReader(documents);
    const submissions = consultation.organisations.map((organisation) =>
      readDocument(submissionDocumentName(consultation.id, organisation.id), (submission) => ({ organisationId: organisation.id, comments: readComments(submission), endorsements: [] })),
    );
    comments = importMapping(kept.fates, submissions).comments;
    replaceReport(doc, kept.json);
    db.transaction(() => {
      documents.append(updates.map((data) => ({ documentName, data })));
      save(`Imported “${path.basename(file)}”`, `${read.preview.paragraphCount} paragraphs`);
    })();
  } finally {
    doc.destroy();
  }
  const sections = read.preview.sections.map((section) => `${section.label ?? "-"} (${section.paragraphs})`).join(", ");
  return [
    `Imported ${read.preview.paragraphCount} paragraphs into ${consultation.id}: sections ${sections}`,
    `Comments: ${comments.kept} kept, ${comments.reattached} re-attached to similar text at another number, ${comments.detached} detached (no similar paragraph)`,
  ].join("\n");
}
