import { Router } from "express";
import { DocumentParams, type DocumentParagraphs } from "../../shared/api/documents";
import { ApiRoutes } from "../../shared/api/routes";
import { parseDocumentName } from "../../shared/collab/documentNames";
import { paragraphs } from "../../shared/paragraphs";
import { documentAccess } from "../../shared/permissions";
import type { AppDeps } from "../app";
import { reportJson } from "../collab/reportJson";
import { allow, viewerOf } from "../http/access";
import { forbidden, notFound } from "../http/HttpError";
import { validate } from "../http/validate";

/** `GET /api/docs/:docName/paragraphs`: a report's numbered paragraphs, read on the server. */
export function documentsRouter({ consultations, collab }: AppDeps): Router {
  const router = Router();
  router.get(ApiRoutes.documentParagraphs, allow("workspace.read"), validate("params", DocumentParams), (request, response) => {
    const { docName } = request.params as DocumentParams;
    const document = parseDocumentName(docName);
    if (document && documentAccess(viewerOf(response), document) === "none") {
      throw forbidden("You may not read this document.");
    }
    const consultation = document ? consultations.get(document.consultationId) : null;
    if (document?.kind !== "report" || !consultation) {
      throw notFound(`No report document "${docName}".`);
    }
    const body: DocumentParagraphs = {
      document: docName,
      paragraphs: collab.rooms.read(docName, (doc) => paragraphs(reportJson(doc), consultation.numbering)),
    };
    response.json(body);
  });
  return router;
}
