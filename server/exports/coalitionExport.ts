import JSZip from "jszip";
import type { PackageFormatId } from "../../shared/api/exports";
import type { Consultation } from "../../shared/api/consultations";
import type { Locale } from "../../shared/i18n/locales";
import { checkPackage, describeViolation } from "../../shared/submission/limits";
import { commentTable } from "./commentTable";
import { coalitionFileName, packageFileName } from "./fileName";
import { exportLabels } from "./labels/exportLabels";
import { matrixDocx, matrixXlsx } from "./matrixFiles";
import { packageFormat } from "./packageFormats";
import { readDraftPackage, readReport, type DocumentReader } from "./readOrganisationPackage";

/** What the coalition export needs. */
export interface CoalitionExportOptions {
  read: DocumentReader;
  consultation: Consultation;
  formats: readonly PackageFormatId[];
  includeDiscussion: boolean;
  asOf: Date;
  /** The language of every file's labels and of the comment matrix; English when not given. */
  locale?: Locale;
  /** Told after each step: one per organisation, then the matrix, then the ZIP. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Steps the coalition export reports progress in. */
export const coalitionSteps = (consultation: Consultation) => consultation.organisations.length + 2;

/** Lets the event loop run between steps, so progress can be asked for and a cancel can arrive. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The coalition package: every organisation's draft package in each format, and the compiled
 * comment matrix as DOCX and XLSX, in one ZIP whose bytes depend only on the content.
 */
export async function coalitionExport(options: CoalitionExportOptions): Promise<{ fileName: string; bytes: Buffer }> {
  const { read, consultation, formats, asOf, locale = "en", signal } = options;
  const total = coalitionSteps(consultation);
  let done = 0;
  const step = async () => {
    done += 1;
    options.onProgress?.(done, total);
    await yieldToEvents();
    signal?.throwIfAborted();
  };
  signal?.throwIfAborted();
  const zip = new JSZip();
  const report = readReport(read, consultation);
  const packages = consultation.organisations.map((organisation) =>
    readDraftPackage(read, consultation, organisation, { includeDiscussion: options.includeDiscussion, asOf, report }),
  );
  // Refused before anything is rendered: every organisation's broken limits in one message.
  const broken = packages.flatMap((pkg) => checkPackage(pkg, consultation.limits).map((violation) => `${pkg.organisation.name}: ${describeViolation(violation)}`));
  if (broken.length > 0) {
    throw new Error(`The coalition package breaks the consultation's submission limits: ${broken.join("; ")}.`);
  }
  for (const pkg of packages) {
    for (const id of formats) {
      const format = packageFormat(id);
      zip.file(`packages/${packageFileName(pkg, format.extension)}`, await format.render(pkg, locale), { date: asOf, createFolders: false });
    }
    await step();
  }
  const labels = exportLabels(locale);
  const rows = commentTable(report, packages, labels);
  const info = { consultationTitle: consultation.title, author: labels.matrix.author, at: asOf, draft: true, locale };
  zip.file("comment-matrix.docx", await matrixDocx(rows, info), { date: asOf, createFolders: false });
  zip.file("comment-matrix.xlsx", await matrixXlsx(rows, info), { date: asOf, createFolders: false });
  await step();
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  await step();
  return { fileName: coalitionFileName(consultation.id, "draft"), bytes };
}
