import { Router, type Response } from "express";
import type { Consultation } from "../../shared/api/consultations";
import { DocumentParams } from "../../shared/api/documents";
import { ApiRoutes } from "../../shared/api/routes";
import {
  DiffQuery,
  SaveVersionBody,
  VersionParams,
  type RestoredVersion,
  type VersionContent,
  type VersionDiff,
  type VersionList,
} from "../../shared/api/versions";
import { diffReport } from "../../shared/diff/diffReport";
import type { AppDeps } from "../app";
import { allow, viewerOf } from "../http/access";
import { validate } from "../http/validate";
import { readableDocument } from "../versions/readableDocument";

/**
 * Versions of a report and diffs between them. Reading needs read access to the report
 * (reviewers have it); saving and restoring need write access. The list also serves a
 * submission's versions (one per submit) to those who may read the submission.
 */
export function versionsRouter({ consultations, versions }: AppDeps): Router {
  const router = Router();

  /** The report the path names, after checking the caller's access to it. */
  const reportFor = (response: Response, docName: string, needed: "read" | "write"): Consultation =>
    readableDocument(consultations, viewerOf(response), docName, needed, ["report"]).consultation;

  router.get(ApiRoutes.versions, allow("workspace.read"), validate("params", DocumentParams), (request, response) => {
    const { docName } = request.params as DocumentParams;
    readableDocument(consultations, viewerOf(response), docName, "read", ["report", "submission"]);
    const body: VersionList = { versions: versions.list(docName) };
    response.json(body);
  });

  router.post(ApiRoutes.versions, allow("workspace.read"), validate("params", DocumentParams), validate("body", SaveVersionBody), (request, response) => {
    const { docName } = request.params as DocumentParams;
    const { name, note } = request.body as SaveVersionBody;
    reportFor(response, docName, "write");
    const version = versions.saveVersion(docName, { kind: "manual", name, note, createdBy: viewerOf(response).personId });
    response.status(201).json(version);
  });

  router.get(ApiRoutes.version, allow("workspace.read"), validate("params", VersionParams), (request, response) => {
    const { docName, versionId } = request.params as unknown as VersionParams;
    const consultation = reportFor(response, docName, "read");
    const body: VersionContent = versions.read(docName, versionId, consultation.numbering);
    response.json(body);
  });

  router.post(ApiRoutes.restoreVersion, allow("workspace.read"), validate("params", VersionParams), (request, response) => {
    const { docName, versionId } = request.params as unknown as VersionParams;
    reportFor(response, docName, "write");
    const body: RestoredVersion = versions.restore(docName, versionId, viewerOf(response).personId);
    response.json(body);
  });

  router.get(ApiRoutes.documentDiff, allow("workspace.read"), validate("params", DocumentParams), validate("query", DiffQuery), (request, response) => {
    const { docName } = request.params as DocumentParams;
    const { from, to } = request.query as unknown as DiffQuery;
    const consultation = reportFor(response, docName, "read");
    const older = versions.reportAt(docName, from, consultation.numbering);
    const newer = versions.reportAt(docName, to, consultation.numbering);
    const body: VersionDiff = { from: older.version, to: newer.version, diff: diffReport(older.content, newer.content) };
    response.json(body);
  });

  return router;
}
