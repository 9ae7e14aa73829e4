import { Router } from "express";
import { commentSummary, type CommentMatrix, type SharedCommentList } from "../../shared/api/comments";
import { ConsultationParams, type Consultation } from "../../shared/api/consultations";
import { ApiRoutes } from "../../shared/api/routes";
import { canSeeCoalition } from "../../shared/permissions";
import { commentMatrix, sharedComments } from "../../shared/submission/coalition";
import type { AppDeps } from "../app";
import { readReportParagraphs, readSubmissions } from "../collab/readSubmissions";
import { allow, viewerOf } from "../http/access";
import { forbidden, notFound } from "../http/HttpError";
import { validate } from "../http/validate";

/** The coalition's view of the comments: the coordinator's matrix, and what organisations share. */
export function commentsRouter({ consultations, collab }: AppDeps): Router {
  const router = Router();
  const consultationOf = (id: string): Consultation => {
    const consultation = consultations.get(id);
    if (!consultation) {
      throw notFound(`No consultation "${id}".`);
    }
    return consultation;
  };

  router.get(ApiRoutes.commentMatrix, allow("submissions.overview"), validate("params", ConsultationParams), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const matrix = commentMatrix(readReportParagraphs(collab.rooms, consultation), readSubmissions(collab.rooms, consultation));
    const body: CommentMatrix = {
      organisations: consultation.organisations,
      rows: matrix.rows.map((row) => ({ ...row, comments: row.comments.map((placed) => ({ ...placed, comment: commentSummary(placed.comment) })) })),
      detached: matrix.detached.map((placed) => ({ ...placed, comment: commentSummary(placed.comment) })),
    };
    response.json(body);
  });

  router.get(ApiRoutes.sharedComments, allow("workspace.read"), validate("params", ConsultationParams), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    if (!canSeeCoalition(viewerOf(response), consultation.organisations.map((organisation) => organisation.id))) {
      throw forbidden("Only the consultation's coordinators and organisations see what is shared with the coalition.");
    }
    const body: SharedCommentList = {
      comments: sharedComments(readSubmissions(collab.rooms, consultation)).map((placed) => ({ ...placed, comment: commentSummary(placed.comment) })),
    };
    response.json(body);
  });
  return router;
}
