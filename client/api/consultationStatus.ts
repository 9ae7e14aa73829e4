import { ConsultationStatus, OrganisationStatus, Receipt, type SubmissionStage } from "../../shared/api/submissions";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { jsonRequest } from "./jsonRequest";
import { requestJson } from "./requestJson";

export const getConsultationStatus = (id: string) => requestJson(apiPath(ApiRoutes.consultationStatus, { id }), ConsultationStatus);

export const setStage = (id: string, organisationId: string, stage: SubmissionStage) =>
  requestJson(apiPath(ApiRoutes.stage, { id, organisationId }), OrganisationStatus, jsonRequest("PUT", { stage }));

export const submitSubmission = (id: string, organisationId: string) => requestJson(apiPath(ApiRoutes.submit, { id, organisationId }), Receipt, { method: "POST" });

export const withdrawSubmission = (id: string, organisationId: string) =>
  requestJson(apiPath(ApiRoutes.withdraw, { id, organisationId }), OrganisationStatus, { method: "POST" });

export const getReceipt = (id: string, organisationId: string, submissionId: number) =>
  requestJson(apiPath(ApiRoutes.receipt, { id, organisationId, submissionId: String(submissionId) }), Receipt);
