import { Router, type Request } from "express";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import { ApiRoutes } from "../../shared/api/routes";
import {
  ExtensionBody,
  OrganisationParams,
  StageBody,
  SubmissionFileParams,
  SubmitBody,
  UpdateConsultationBody,
  type ConsultationStatus,
} from "../../shared/api/submissions";
import { ConsultationParams } from "../../shared/api/consultations";
import { makeDeadline } from "../../shared/deadline";
import { can, documentAccess, organisationRole, type Viewer } from "../../shared/permissions";
import type { AppDeps } from "../app";
import { PackageFormatId } from "../../shared/api/exports";
import { PACKAGE_FORMATS } from "../exports/packageFormats";
import { allow, viewerOf } from "../http/access";
import { badRequest, deadlineOrder, forbidden, notFound } from "../http/HttpError";
import { validate } from "../http/validate";

const submissionOf = (consultation: Consultation, organisation: Organisation) => ({
  kind: "submission" as const,
  consultationId: consultation.id,
  organisationId: organisation.id,
});

/** Deadlines, the coalition's stages, submitting, withdrawing, receipts and the frozen files. */
export function submissionsRouter({ consultations, submissions, submissionStore, audit, now, collab }: AppDeps): Router {
  const router = Router();
  const consultationOf = (id: string): Consultation => {
    const consultation = consultations.get(id);
    if (!consultation) {
      throw notFound(`No consultation "${id}".`);
    }
    return consultation;
  };
  const participantOf = (request: Request) => {
    const { id, organisationId } = request.params as unknown as OrganisationParams;
    const consultation = consultationOf(id);
    const organisation = consultation.organisations.find((candidate) => candidate.id === organisationId);
    if (!organisation) {
      throw notFound(`"${organisationId}" does not take part in "${id}".`);
    }
    return { consultation, organisation };
  };
  const requireLead = (viewer: Viewer, organisation: Organisation) => {
    if (organisationRole(viewer, organisation.id) !== "lead") {
      throw forbidden(`Only a lead of ${organisation.name} may do this.`);
    }
  };
  /** Receipts and submitted files: the organisation, coordinators, and reviewers (who read submitted packages). */
  const requireReceiptReader = (viewer: Viewer, consultation: Consultation, organisation: Organisation) => {
    const level = documentAccess(viewer, submissionOf(consultation, organisation));
    if (level === "none" && viewer.workspaceRole !== "reviewer") {
      throw forbidden("You may not read this organisation's submissions.");
    }
  };
  const record = (request: Request, action: string, target: string, details: Record<string, unknown> = {}) =>
    audit.record({ actorId: viewerOf(request.res!).personId, action, target, details, ip: request.ip ?? "" });

  router.get(ApiRoutes.consultationStatus, allow("workspace.read"), validate("params", ConsultationParams), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const viewer = viewerOf(response);
    const overview = can(viewer, "submissions.overview");
    const visible = consultation.organisations.filter((organisation) => overview || organisationRole(viewer, organisation.id) !== null);
    const body: ConsultationStatus = {
      now: now().toISOString(),
      state: consultation.state,
      deadline: consultation.deadline,
      internalDeadline: consultation.internalDeadline,
      organisations: visible.map((organisation) => submissions.status(consultation, organisation, overview)),
    };
    response.json(body);
  });

  router.patch(ApiRoutes.consultation, allow("consultations.manage"), validate("params", ConsultationParams), validate("body", UpdateConsultationBody), (request, response) => {
    const consultation = consultationOf((request.params as ConsultationParams).id);
    const changes = request.body as UpdateConsultationBody;
    const settings = {
      title: changes.title ?? consultation.title,
      description: changes.description ?? consultation.description,
      deadline: changes.deadline ? makeDeadline(changes.deadline.local, changes.deadline.timeZone) : consultation.deadline,
      internalDeadline:
        changes.internalDeadline === undefined
          ? consultation.internalDeadline
          : changes.internalDeadline && makeDeadline(changes.internalDeadline.local, changes.internalDeadline.timeZone),
      state: changes.state ?? consultation.state,
    };
    // Checked on the settings as they would become, so moving either deadline alone cannot break the order.
    const deadlineChanged = changes.deadline !== undefined || changes.internalDeadline !== undefined;
    if (deadlineChanged && settings.internalDeadline && Date.parse(settings.internalDeadline.utc) > Date.parse(settings.deadline.utc)) {
      throw deadlineOrder(
        `The internal deadline (${settings.internalDeadline.local} ${settings.internalDeadline.timeZone}) must not fall after the official deadline (${settings.deadline.local} ${settings.deadline.timeZone}).`,
      );
    }
    const unknown = (changes.organisationIds ?? []).filter((organisationId) => !consultations.organisation(organisationId));
    if (unknown.length > 0) {
      throw badRequest(`organisationIds: no organisation ${unknown.map((organisationId) => `"${organisationId}"`).join(", ")}`);
    }
    consultations.update(consultation.id, settings);
    const limits = { ...consultation.limits, ...changes.limits };
    // The settings form sends every limit each time: only a real change is stored and audited.
    if (JSON.stringify(limits) !== JSON.stringify(consultation.limits)) {
      consultations.setLimits(consultation.id, limits);
      record(request, "consultation.limits", consultation.id, { from: consultation.limits, to: limits });
    }
    if (changes.organisationIds) {
      consultations.setParticipants(consultation.id, changes.organisationIds);
      record(request, "consultation.organisations", consultation.id, {
        from: consultation.organisations.map((organisation) => organisation.id),
        to: changes.organisationIds,
      });
    }
    if (changes.deadline || changes.internalDeadline !== undefined) {
      record(request, "deadline.change", consultation.id, { from: consultation.deadline, to: settings.deadline, internalDeadline: settings.internalDeadline });
    }
    if (changes.state && changes.state !== consultation.state) {
      record(request, "consultation.state", consultation.id, { from: consultation.state, to: changes.state });
    }
    if (changes.title !== undefined || changes.description !== undefined) {
      record(request, "consultation.update", consultation.id, { title: changes.title !== undefined, description: changes.description !== undefined });
    }
    collab.recheckLocksNow();
    response.json(consultationOf(consultation.id));
  });

  router.put(ApiRoutes.extension, allow("consultations.manage"), validate("params", OrganisationParams), validate("body", ExtensionBody), (request, response) => {
    const { consultation, organisation } = participantOf(request);
    const { deadline } = request.body as ExtensionBody;
    const extension = makeDeadline(deadline.local, deadline.timeZone);
    if (Date.parse(extension.utc) <= Date.parse(consultation.deadline.utc)) {
      throw deadlineOrder(
        `An extension must fall after the deadline it extends (${consultation.deadline.local} ${consultation.deadline.timeZone}); ${deadline.local} ${deadline.timeZone} does not.`,
      );
    }
    submissionStore.setExtension(consultation.id, organisation.id, extension, viewerOf(response).personId, now());
    record(request, "deadline.extend", organisation.id, { consultation: consultation.id, deadline: extension });
    collab.recheckLocksNow();
    response.json(submissions.status(consultation, organisation, true));
  });

  router.delete(ApiRoutes.extension, allow("consultations.manage"), validate("params", OrganisationParams), (request, response) => {
    const { consultation, organisation } = participantOf(request);
    if (submissionStore.removeExtension(consultation.id, organisation.id)) {
      record(request, "deadline.extension_removed", organisation.id, { consultation: consultation.id });
    }
    collab.recheckLocksNow();
    response.json(submissions.status(consultation, organisation, true));
  });

  router.put(ApiRoutes.stage, allow("workspace.read"), validate("params", OrganisationParams), validate("body", StageBody), (request, response) => {
    const { consultation, organisation } = participantOf(request);
    const viewer = viewerOf(response);
    const { stage } = request.body as StageBody;
    if (documentAccess(viewer, submissionOf(consultation, organisation)) !== "write") {
      throw forbidden(`Only members of ${organisation.name} may move its submission along.`);
    }
    if (stage === "signed_off") {
      requireLead(viewer, organisation);
    }
    submissionStore.setStage(consultation.id, organisation.id, stage, viewer.personId, now());
    record(request, "submission.stage", organisation.id, { consultation: consultation.id, stage });
    response.json(submissions.status(consultation, organisation));
  });

  router.post(ApiRoutes.submit, allow("workspace.read"), validate("params", OrganisationParams), validate("body", SubmitBody), async (request, response) => {
    const { consultation, organisation } = participantOf(request);
    const viewer = viewerOf(response);
    requireLead(viewer, organisation);
    const { lang } = request.body as SubmitBody;
    const receipt = await submissions.submit(consultation, organisation, viewer.personId, lang);
    record(request, "submission.submit", organisation.id, { consultation: consultation.id, submission: receipt.submissionId, stateSha256: receipt.stateSha256, language: lang });
    response.status(201).json(receipt);
  });

  router.post(ApiRoutes.withdraw, allow("workspace.read"), validate("params", OrganisationParams), (request, response) => {
    const { consultation, organisation } = participantOf(request);
    const viewer = viewerOf(response);
    requireLead(viewer, organisation);
    const status = submissions.withdraw(consultation, organisation, viewer.personId);
    record(request, "submission.withdraw", organisation.id, { consultation: consultation.id });
    response.json(status);
  });

  router.get(ApiRoutes.receipt, allow("workspace.read"), validate("params", SubmissionFileParams), (request, response) => {
    const { consultation, organisation } = participantOf(request);
    requireReceiptReader(viewerOf(response), consultation, organisation);
    response.json(submissions.receipt(consultation, organisation, (request.params as unknown as SubmissionFileParams).submissionId));
  });

  router.get(ApiRoutes.submissionFile, allow("workspace.read"), validate("params", SubmissionFileParams), (request, response) => {
    const { consultation, organisation } = participantOf(request);
    requireReceiptReader(viewerOf(response), consultation, organisation);
    const { submissionId, format = "" } = request.params as unknown as SubmissionFileParams;
    const id = PackageFormatId.safeParse(format);
    const kind = id.success ? PACKAGE_FORMATS.get(id.data) : undefined;
    if (!kind) {
      throw notFound(`No package format "${format}".`);
    }
    const bytes = submissions.file(consultation, organisation, submissionId, format);
    record(request, "submission.download", organisation.id, { consultation: consultation.id, submission: submissionId, format });
    response
      .type(kind.contentType)
      .attachment(`${consultation.id}-${organisation.id}-submission-${submissionId}.${kind.extension}`)
      .send(bytes);
  });
  return router;
}
