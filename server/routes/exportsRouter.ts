import { Router, type Response } from "express";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import { CreateExportBody, ExportJobParams, OrganisationPackageParams, PackageQuery, type ExportJob } from "../../shared/api/exports";
import { ConsultationParams } from "../../shared/api/consultations";
import { ApiRoutes } from "../../shared/api/routes";
import { documentAccess } from "../../shared/permissions";
import { checkPackage } from "../../shared/submission/limits";
import { livePackage } from "../../shared/submission/livePackage";
import type { AppDeps } from "../app";
import { coalitionExport, coalitionSteps } from "../exports/coalitionExport";
import { contentDisposition, packageFileName } from "../exports/fileName";
import { packageFormat } from "../exports/packageFormats";
import { readDraftPackage } from "../exports/readOrganisationPackage";
import { allow, viewerOf } from "../http/access";
import { forbidden, HttpError, limitsExceeded, notFound } from "../http/HttpError";
import { validate } from "../http/validate";

/** Sends a file as a download that the browser never renders in place. */
function sendFile(response: Response, fileName: string, contentType: string, bytes: Buffer): void {
  response.set({ "Content-Type": contentType, "Content-Disposition": contentDisposition(fileName), "Cache-Control": "no-store" }).send(bytes);
}

/**
 * Packages: an organisation's current draft in one format (its members and leads, and
 * coordinators), and the coalition package as a background job with progress and cancel
 * (coordinators). Jobs are kept in memory.
 */
export function exportsRouter({ consultations, collab, exportJobs, logger, submissions }: AppDeps): Router {
  const router = Router();
  const read = collab.rooms.read.bind(collab.rooms);
  const consultationOf = (id: string): Consultation => {
    const consultation = consultations.get(id);
    if (!consultation) {
      throw notFound(`No consultation "${id}".`);
    }
    return consultation;
  };

  router.get(ApiRoutes.organisationPackage, allow("workspace.read"), validate("params", OrganisationPackageParams), validate("query", PackageQuery), async (request, response) => {
    const { id, organisationId } = request.params as OrganisationPackageParams;
    const { format, discussion, lang } = request.query as unknown as PackageQuery;
    if (documentAccess(viewerOf(response), { kind: "submission", consultationId: id, organisationId }) === "none") {
      throw forbidden("Only the organisation's members and the coordinators export its package.");
    }
    const consultation = consultationOf(id);
    const organisation: Organisation | undefined = consultation.organisations.find((candidate) => candidate.id === organisationId);
    if (!organisation) {
      throw notFound(`"${organisationId}" does not take part in this consultation.`);
    }
    const draft = readDraftPackage(read, consultation, organisation, { includeDiscussion: discussion, asOf: new Date() });
    const pkg = livePackage(draft, submissions.officialPackage(consultation, organisation));
    const violations = checkPackage(pkg, consultation.limits);
    if (violations.length > 0) {
      throw limitsExceeded(violations, `${organisation.name}'s package`);
    }
    const renderer = packageFormat(format);
    const bytes = await renderer.render(pkg, lang).catch((error: unknown) => {
      // Rendering fails only for a reason on the server (a missing font): say which, not a bare 500.
      logger.error("export", "package rendering failed", { consultation: id, organisation: organisationId, format, error: String(error) });
      throw new HttpError(500, "internal_error", `The ${format} file could not be made: ${error instanceof Error ? error.message : String(error)}`);
    });
    logger.info("export", "package exported", { consultation: id, organisation: organisationId, format, lang });
    sendFile(response, packageFileName(pkg, renderer.extension), renderer.contentType, bytes);
  });

  router.post(ApiRoutes.exports, allow("exports.all"), validate("params", ConsultationParams), validate("body", CreateExportBody), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const { formats, discussion, lang } = request.body as CreateExportBody;
    const personId = viewerOf(response).personId;
    const job: ExportJob = exportJobs.start(personId, consultation.id, coalitionSteps(consultation), ({ onProgress, signal }) =>
      coalitionExport({ read, consultation, formats: [...new Set(formats)], includeDiscussion: discussion, asOf: new Date(), locale: lang, onProgress, signal }),
    );
    logger.info("export", "coalition export started", { consultation: consultation.id, job: job.id, formats, lang });
    response.status(202).json(job);
  });

  router.get(ApiRoutes.exportJob, allow("exports.all"), validate("params", ExportJobParams), (request, response) => {
    const { id, jobId } = request.params as ExportJobParams;
    const job = exportJobs.status(viewerOf(response).personId, id, jobId);
    if (!job) {
      throw notFound("No such export job: it was cancelled, expired, or the server restarted.");
    }
    response.json(job);
  });

  router.get(ApiRoutes.exportJobFile, allow("exports.all"), validate("params", ExportJobParams), (request, response) => {
    const { id, jobId } = request.params as ExportJobParams;
    const personId = viewerOf(response).personId;
    const status = exportJobs.status(personId, id, jobId);
    if (!status) {
      throw notFound("No such export job: it was cancelled, expired, or the server restarted.");
    }
    const file = exportJobs.file(personId, id, jobId);
    if (!file) {
      throw new HttpError(409, "conflict", status.state === "failed" ? `The export failed: ${status.error ?? "unknown error"}` : "The export is not finished yet.");
    }
    sendFile(response, file.fileName, "application/zip", file.bytes);
  });

  router.delete(ApiRoutes.exportJob, allow("exports.all"), validate("params", ExportJobParams), (request, response) => {
    const { id, jobId } = request.params as ExportJobParams;
    if (!exportJobs.cancel(viewerOf(response).personId, id, jobId)) {
      throw notFound("No such export job.");
    }
    response.status(204).end();
  });

  return router;
}
