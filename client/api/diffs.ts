import { DiffComments, SubmissionVersionDiff, type DiffFormat } from "../../shared/api/diffs";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import type { VersionRef } from "../../shared/api/versions";
import type { Locale } from "../../shared/i18n/locales";
import { requestJson } from "./requestJson";

/** One organisation's comments carried through a report diff; members get their own, coordinators pick. */
export const getDiffComments = (docName: string, from: VersionRef, to: VersionRef, organisation?: string) =>
  requestJson(
    `${apiPath(ApiRoutes.documentDiffComments, { docName })}?from=${from}&to=${to}${organisation ? `&organisation=${encodeURIComponent(organisation)}` : ""}`,
    DiffComments,
  );

/** Two versions of a submission (or one and now) compared comment by comment. */
export const getSubmissionDiff = (docName: string, from: VersionRef, to: VersionRef) =>
  requestJson(`${apiPath(ApiRoutes.submissionDiff, { docName })}?from=${from}&to=${to}`, SubmissionVersionDiff);

/** Where a report diff downloads as a file, its legend and notes in the reader's language. */
export const diffExportPath = (docName: string, from: VersionRef, to: VersionRef, format: DiffFormat, lang: Locale) =>
  `${apiPath(ApiRoutes.documentDiffExport, { docName })}?from=${from}&to=${to}&format=${format}&lang=${lang}`;
