import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { CreateExportBody, ExportJob, ImportResult, ReportImportPreview, PackageImportResult, type PackageFormatId } from "../../shared/api/exports";
import { ErrorBody } from "../../shared/api/errors";
import type { Locale } from "../../shared/i18n/locales";
import { ApiError } from "./ApiError";
import { jsonRequest } from "./jsonRequest";
import { requestJson, requestNoContent } from "./requestJson";

/** The address of an organisation's draft package in one format, its labels in the reader's language. */
export const packagePath = (consultationId: string, organisationId: string, format: PackageFormatId, discussion: boolean, lang: Locale) =>
  `${apiPath(ApiRoutes.organisationPackage, { id: consultationId, organisationId })}?format=${format}&discussion=${discussion}&lang=${lang}`;

/** The address of a finished coalition export's ZIP. */
export const exportFilePath = (consultationId: string, jobId: string) => apiPath(ApiRoutes.exportJobFile, { id: consultationId, jobId });

/** Fetches a file; failures become `ApiError`s with the server's message. */
export async function fetchFile(path: string): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(path);
  } catch {
    throw new ApiError(0, "network_error", "The server could not be reached.");
  }
  if (!response.ok) {
    const error = ErrorBody.safeParse(await response.json().catch(() => null));
    throw error.success ? new ApiError(response.status, error.data.error.code, error.data.error.message, error.data.error.violations) : new ApiError(response.status, "internal_error", `The server answered ${response.status}.`);
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : (/filename="([^"]+)"/.exec(disposition)?.[1] ?? "export");
  return { blob: await response.blob(), fileName };
}

export const startExport = (consultationId: string, body: CreateExportBody) =>
  requestJson(apiPath(ApiRoutes.exports, { id: consultationId }), ExportJob, jsonRequest("POST", CreateExportBody.parse(body)));

export const getExportJob = (consultationId: string, jobId: string) => requestJson(apiPath(ApiRoutes.exportJob, { id: consultationId, jobId }), ExportJob);

export const cancelExport = (consultationId: string, jobId: string) => requestNoContent(apiPath(ApiRoutes.exportJob, { id: consultationId, jobId }), { method: "DELETE" });

function upload(file: File): RequestInit {
  return { method: "POST", headers: { "Content-Type": file.type || "application/octet-stream" }, body: file };
}

export const previewImport = (consultationId: string, file: File) =>
  requestJson(`${apiPath(ApiRoutes.reportImportPreview, { id: consultationId })}?fileName=${encodeURIComponent(file.name)}`, ReportImportPreview, upload(file));

export const importReport = (consultationId: string, file: File) =>
  requestJson(`${apiPath(ApiRoutes.reportImport, { id: consultationId })}?fileName=${encodeURIComponent(file.name)}`, ImportResult, upload(file));

/** Imports a JSON package file into an organisation's submission; sent as is, so packages larger than a JSON body pass. */
export const importPackage = (consultationId: string, organisationId: string, file: File) =>
  requestJson(apiPath(ApiRoutes.packageImport, { id: consultationId, organisationId }), PackageImportResult, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: file,
  });
