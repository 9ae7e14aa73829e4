import { Consultation } from "../../shared/api/consultations";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { ConsultationStatus, ExtensionBody, OrganisationStatus, Receipt, SubmitBody, UpdateConsultationBody, type SubmissionStage } from "../../shared/api/submissions";
import type { Locale } from "../../shared/i18n/locales";
import { jsonRequest } from "./jsonRequest";
import { requestJson } from "./requestJson";

const organisationPath = (route: string, consultationId: string, organisationId: string) => apiPath(route, { id: consultationId, organisationId });

/** The organisations the caller may see, with the server's clock; coordinators also get counts and last activity. */
export const getConsultationStatus = (consultationId: string) => requestJson(apiPath(ApiRoutes.consultationStatus, { id: consultationId }), ConsultationStatus);

/** Changes a consultation's settings: deadline, internal deadline (null removes it), state (coordinators). */
export const updateConsultation = (consultationId: string, body: UpdateConsultationBody) =>
  requestJson(apiPath(ApiRoutes.consultation, { id: consultationId }), Consultation, jsonRequest("PATCH", UpdateConsultationBody.parse(body)));

/** Gives one organisation a later deadline; answers with its standing. */
export const extendDeadline = (consultationId: string, organisationId: string, body: ExtensionBody) =>
  requestJson(organisationPath(ApiRoutes.extension, consultationId, organisationId), OrganisationStatus, jsonRequest("PUT", ExtensionBody.parse(body)));

/** Takes an organisation's extension away: the consultation's deadline applies again. */
export const removeExtension = (consultationId: string, organisationId: string) =>
  requestJson(organisationPath(ApiRoutes.extension, consultationId, organisationId), OrganisationStatus, { method: "DELETE" });

/** Moves a submission through the coalition's stages (signed off: leads only). */
export const setStage = (consultationId: string, organisationId: string, stage: SubmissionStage) =>
  requestJson(organisationPath(ApiRoutes.stage, consultationId, organisationId), OrganisationStatus, jsonRequest("PUT", { stage }));

/** Submits (leads): the package files are frozen with their labels in `lang`; answers the receipt. */
export const submitSubmission = (consultationId: string, organisationId: string, lang: Locale) =>
  requestJson(organisationPath(ApiRoutes.submit, consultationId, organisationId), Receipt, jsonRequest("POST", SubmitBody.parse({ lang })));

/** Withdraws the official submission (leads). */
export const withdrawSubmission = (consultationId: string, organisationId: string) =>
  requestJson(organisationPath(ApiRoutes.withdraw, consultationId, organisationId), OrganisationStatus, { method: "POST" });

/** One submission's receipt: who, when, and the hash and path of each frozen file. */
export const getReceipt = (consultationId: string, organisationId: string, submissionId: number) =>
  requestJson(receiptApiPath(consultationId, organisationId, submissionId), Receipt);

/** Where a submission's receipt is read as JSON. */
export const receiptApiPath = (consultationId: string, organisationId: string, submissionId: number) =>
  apiPath(ApiRoutes.receipt, { id: consultationId, organisationId, submissionId: String(submissionId) });
