import { Router, type Response } from "express";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import { DiffCommentsQuery, DiffExportQuery, type DiffComments, type SubmissionVersionDiff } from "../../shared/api/diffs";
import { DocumentParams } from "../../shared/api/documents";
import { ApiRoutes } from "../../shared/api/routes";
import { DiffQuery, versionName, type Version, type VersionRef } from "../../shared/api/versions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { diffReport } from "../../shared/diff/diffReport";
import { diffComment, submissionDiff } from "../../shared/diff/submissionDiff";
import { commentOutcomes } from "../../shared/diff/uptake";
import { documentAccess, organisationRole, type Viewer } from "../../shared/permissions";
import { readComments } from "../../shared/submission/submissionDoc";
import type { AppDeps } from "../app";
import { exportLabels } from "../exports/labels/exportLabels";
import { allow, viewerOf } from "../http/access";
import { forbidden, notFound } from "../http/HttpError";
import { validate } from "../http/validate";
import { DIFF_EXPORTS } from "../versions/diffExports";
import { readableDocument } from "../versions/readableDocument";

/** The organisations whose submissions the viewer may read: their own, or every one for coordinators. */
function readableOrganisations(viewer: Viewer, consultation: Consultation): Organisation[] {
  return consultation.organisations.filter(
    (organisation) => documentAccess(viewer, { kind: "submission", consultationId: consultation.id, organisationId: organisation.id }) !== "none",
  );
}

/**
 * What diffs mean for comments, and diffs as files: one organisation's comments carried through a
 * report diff (never another organisation's unless the caller may read it), two versions of a
 * submission compared comment by comment, and a report diff as Word, HTML or PDF.
 */
export function diffsRouter({ consultations, versions, collab }: AppDeps): Router {
  const router = Router();

  const reportDiff = (docName: string, consultation: Consultation, from: VersionRef, to: VersionRef) => {
    const older = versions.reportAt(docName, from, consultation.numbering);
    const newer = versions.reportAt(docName, to, consultation.numbering);
    return { older: older.version, newer: newer.version, headings: newer.content.headings, diff: diffReport(older.content, newer.content) };
  };

  const organisationFor = (response: Response, consultation: Consultation, wanted: string | undefined) => {
    const viewer = viewerOf(response);
    const choices = readableOrganisations(viewer, consultation);
    const chosen = wanted ? choices.find((organisation) => organisation.id === wanted) : (choices.find((organisation) => organisationRole(viewer, organisation.id)) ?? choices[0]);
    if (chosen) {
      return { chosen, choices };
    }
    if (wanted && !consultation.organisations.some((organisation) => organisation.id === wanted)) {
      throw notFound(`"${wanted}" does not take part in "${consultation.id}".`);
    }
    throw forbidden(wanted ? "You may not read this organisation's comments." : "You are not a member of an organisation taking part.");
  };

  router.get(ApiRoutes.documentDiffComments, allow("workspace.read"), validate("params", DocumentParams), validate("query", DiffCommentsQuery), (request, response) => {
    const { docName } = request.params as DocumentParams;
    const { from, to, organisation } = request.query as unknown as DiffCommentsQuery;
    const { consultation } = readableDocument(consultations, viewerOf(response), docName, "read", ["report"]);
    const { chosen, choices } = organisationFor(response, consultation, organisation);
    const { diff } = reportDiff(docName, consultation, from, to);
    const comments = collab.rooms.read(submissionDocumentName(consultation.id, chosen.id), readComments).map(diffComment);
    const body: DiffComments = { organisation: chosen, choices, comments, outcomes: commentOutcomes(comments, diff) };
    response.json(body);
  });

  router.get(ApiRoutes.submissionDiff, allow("workspace.read"), validate("params", DocumentParams), validate("query", DiffQuery), (request, response) => {
    const { docName } = request.params as DocumentParams;
    const { from, to } = request.query as unknown as DiffQuery;
    readableDocument(consultations, viewerOf(response), docName, "read", ["submission"]);
    const older = versions.commentsAt(docName, from);
    const newer = versions.commentsAt(docName, to);
    const body: SubmissionVersionDiff = {
      from: older.version,
      to: newer.version,
      diff: submissionDiff(older.comments.map(diffComment), newer.comments.map(diffComment)),
    };
    response.json(body);
  });

  router.get(ApiRoutes.documentDiffExport, allow("workspace.read"), validate("params", DocumentParams), validate("query", DiffExportQuery), async (request, response) => {
    const { docName } = request.params as DocumentParams;
    const { from, to, format, lang } = request.query as unknown as DiffExportQuery;
    const { consultation } = readableDocument(consultations, viewerOf(response), docName, "read", ["report"]);
    const { older, newer, headings, diff } = reportDiff(docName, consultation, from, to);
    const exporter = DIFF_EXPORTS[format];
    const words = exportLabels(lang).diff;
    const nameOf = (version: Version | null) => (version ? versionName(version, { auto: words.autoVersion, beforeRestore: words.beforeRestore }) : words.currentText);
    const bytes = await exporter.render({ title: consultation.title, fromName: nameOf(older), toName: nameOf(newer), diff, headings, locale: lang });
    response
      .type(exporter.contentType)
      .attachment(`${consultation.id}-changes-${from}-to-${to}.${format}`)
      .send(bytes);
  });

  return router;
}
