import express, { Router, type Request } from "express";
import { ConsultationParams, type Consultation } from "../../shared/api/consultations";
import { ImportQuery, OrganisationPackageParams } from "../../shared/api/exports";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { can, organisationRole } from "../../shared/permissions";
import { importPackage, readPackageFile } from "../imports/importPackage";
import { ApiRoutes } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { ImportError } from "../imports/ImportedBlock";
import { importReport, previewReportImport } from "../imports/importReport";
import { allow, viewerOf } from "../http/access";
import { forbidden, HttpError, locked, notFound } from "../http/HttpError";
import { validate } from "../http/validate";
import { MAX_IMPORT_FILE_BYTES } from "../../shared/limits";


/** The uploaded file: the raw request body, whatever its type (JSON bodies were parsed already and are refused). */
function uploaded(request: Request): { bytes: Buffer; fileName: string; contentType: string | undefined } {
  if (!Buffer.isBuffer(request.body)) {
    throw new HttpError(415, "unsupported_media_type", "Send the file itself as the request body: PDF (.pdf), Word (.docx), OpenDocument (.odt), Markdown (.md), HTML (.html) or plain text (.txt).");
  }
  return { bytes: request.body, fileName: (request.query as unknown as ImportQuery).fileName, contentType: request.headers["content-type"] };
}

const IMPORT_ERROR_CODES = { 400: "bad_request", 413: "import_too_large", 415: "unsupported_media_type" } as const;

function asHttpError(error: unknown): unknown {
  return error instanceof ImportError ? new HttpError(error.status, IMPORT_ERROR_CODES[error.status], error.message) : error;
}

/** Importing a draft report into a consultation (coordinators: preview first, then replace the text), and a JSON package into an organisation's submission (coordinators, its lead). */
export function importRouter({ consultations, collab, versions, audit, logger, people, submissions, now, importReaders }: AppDeps): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: MAX_IMPORT_FILE_BYTES });
  const consultationOf = (id: string): Consultation => {
    const consultation = consultations.get(id);
    if (!consultation) {
      throw notFound(`No consultation "${id}".`);
    }
    return consultation;
  };

  router.post(ApiRoutes.reportImportPreview, allow("consultations.manage"), validate("params", ConsultationParams), validate("query", ImportQuery), rawBody, async (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const file = uploaded(request);
    try {
      response.json((await previewReportImport({ rooms: collab.rooms, readers: importReaders }, consultation, file)).preview);
    } catch (error) {
      throw asHttpError(error);
    }
  });

  router.post(ApiRoutes.reportImport, allow("consultations.manage"), validate("params", ConsultationParams), validate("query", ImportQuery), rawBody, async (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const file = uploaded(request);
    const personId = viewerOf(response).personId;
    try {
      const result = await importReport({ rooms: collab.rooms, versions, readers: importReaders }, consultation, file, personId);
      audit.record({ actorId: personId, action: "report.import", target: consultation.id, details: { fileName: file.fileName, paragraphs: result.paragraphCount } });
      logger.info("export", "report imported", { consultation: consultation.id, paragraphs: result.paragraphCount });
      response.json(result);
    } catch (error) {
      throw asHttpError(error);
    }
  });

  router.post(ApiRoutes.packageImport, allow("workspace.read"), validate("params", OrganisationPackageParams), rawBody, (request, response) => {
    const { id, organisationId } = request.params as OrganisationPackageParams;
    const viewer = viewerOf(response);
    const consultation = consultationOf(id);
    const organisation = consultation.organisations.find((candidate) => candidate.id === organisationId);
    if (!organisation) {
      throw notFound(`"${organisationId}" does not take part in "${id}".`);
    }
    if (!can(viewer, "consultations.manage") && organisationRole(viewer, organisation.id) !== "lead") {
      throw forbidden(`Only coordinators and a lead of ${organisation.name} import a package into its submission.`);
    }
    if (submissions.lockFor(submissionDocumentName(consultation.id, organisation.id))) {
      throw locked("The deadline has passed: this submission can no longer change.");
    }
    try {
      const pkg = readPackageFile(request.body, consultation);
      // Coordinators may move a package between organisations (say, one sent in under the wrong
      // name); a lead imports only their own organisation's, and endorses another's shared comments.
      if (pkg.organisation.id !== organisation.id && !can(viewer, "consultations.manage")) {
        throw forbidden(`This package is ${pkg.organisation.name}'s, not ${organisation.name}'s: only a coordinator can import it here.`);
      }
      const author = { id: viewer.personId, name: people.get(viewer.personId)?.name ?? "" };
      const result = importPackage({ rooms: collab.rooms, versions }, consultation, organisation, pkg, author, now());
      audit.record({ actorId: viewer.personId, action: "submission.import", target: organisation.id, details: { consultation: consultation.id, from: pkg.organisation.id, comments: result.comments }, ip: request.ip ?? "" });
      logger.info("export", "package imported", { consultation: consultation.id, organisation: organisation.id, comments: result.comments });
      response.json(result);
    } catch (error) {
      throw asHttpError(error);
    }
  });

  return router;
}
