import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { RestoredVersion, SaveVersionBody, Version, VersionContent, VersionDiff, VersionList, type VersionRef } from "../../shared/api/versions";
import { requestJson } from "./requestJson";

export const getVersions = (docName: string) => requestJson(apiPath(ApiRoutes.versions, { docName }), VersionList);

export const saveVersion = (docName: string, body: SaveVersionBody) =>
  requestJson(apiPath(ApiRoutes.versions, { docName }), Version, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(SaveVersionBody.parse(body)),
  });

export const getVersion = (docName: string, versionId: number) =>
  requestJson(apiPath(ApiRoutes.version, { docName, versionId: String(versionId) }), VersionContent);

export const restoreVersion = (docName: string, versionId: number) =>
  requestJson(apiPath(ApiRoutes.restoreVersion, { docName, versionId: String(versionId) }), RestoredVersion, { method: "POST" });

export const getDiff = (docName: string, from: VersionRef, to: VersionRef) =>
  requestJson(`${apiPath(ApiRoutes.documentDiff, { docName })}?from=${from}&to=${to}`, VersionDiff);
