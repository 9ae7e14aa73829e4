import { Router } from "express";
import { commentSummary, type CommentMatrix, type SharedCommentList } from "../../shared/api/comments";
import { ConsultationParams, type Consultation } from "../../shared/api/consultations";
import { ApiRoutes } from "../../shared/api/routes";
import { reportDocumentName } from "../../shared/collab/documentNames";
import { canSeeCoalition } from "../../shared/permissions";
import { commentMatrix, sharedComments } from "../../shared/submission/coalition";
import type { AppDeps } from "../app";
import { readReportParagraphs, readSubmissions } from "../collab/readSubmissions";
import { allow, viewerOf } from "../http/access";
import { forbidden, notFound } from "../http/HttpError";
import { validate } from "../http/validate";

/** The coalition's view of the comments: the coordinator's matrix, and what organisations share. */
export function commentsRouter({ consultations, collab, versions }: AppDeps): Router {
  const router = Router();
  const consultationOf = (id: string): Consultation => {
    const consultation = consultations.get(id);
    if (!consultation) {
      throw notFound(`No consultation "${id}".`);
    }
    return consultation;
  };

  /** The report's paragraphs now, and a lookup of where paragraphs that left it were last seen. */
  const reportOf = (consultation: Consultation) => {
    const report = readReportParagraphs(collab.rooms, consultation);
    const lastSeen = (ids: Iterable<string>) => versions.lastSeenParagraphs(reportDocumentName(consultation.id), consultation.numbering, ids);
    return { report, lastSeen };
  };

  router.get(ApiRoutes.commentMatrix, allow("submissions.overview"), validate("params", ConsultationParams), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const { report, lastSeen } = reportOf(consultation);
    const matrix = commentMatrix(report, readSubmissions(collab.rooms, consultation));
    const seen = lastSeen(matrix.detached.map((placed) => placed.comment.paragraphId));
    const body: CommentMatrix = {
      organisations: consultation.organisations,
      rows: matrix.rows.map((row) => ({ ...row, comments: row.comments.map((placed) => ({ ...placed, comment: commentSummary(placed.comment, row.paragraph.number) })) })),
      detached: matrix.detached.map((placed) => {
        const sighting = seen.get(placed.comment.paragraphId) ?? null;
        return { ...placed, comment: commentSummary(placed.comment, sighting?.number ?? placed.comment.paragraphNumber), lastSeen: sighting };
      }),
    };
    response.json(body);
  });

  router.get(ApiRoutes.sharedComments, allow("workspace.read"), validate("params", ConsultationParams), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    if (!canSeeCoalition(viewerOf(response), consultation.organisations.map((organisation) => organisation.id))) {
      throw forbidden("Only the consultation's coordinators and organisations see what is shared with the coalition.");
    }
    const { report, lastSeen } = reportOf(consultation);
    const numbers = new Map(report.map((paragraph) => [paragraph.id, paragraph.number]));
    const shared = sharedComments(readSubmissions(collab.rooms, consultation));
    const seen = lastSeen(shared.map((placed) => placed.comment.paragraphId).filter((id) => !numbers.has(id)));
    const body: SharedCommentList = {
      comments: shared.map((placed) => {
        const number = numbers.get(placed.comment.paragraphId);
        const sighting = number === undefined ? (seen.get(placed.comment.paragraphId) ?? null) : null;
        return { ...placed, comment: commentSummary(placed.comment, number ?? sighting?.number ?? placed.comment.paragraphNumber), lastSeen: sighting };
      }),
    };
    response.json(body);
  });
  return router;
}
