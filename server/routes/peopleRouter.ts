import { Router } from "express";
import { CreateInvitationBody, IdParams, UpdatePersonBody, type CreatedInvitation, type InvitationList, type PersonList } from "../../shared/api/admin";
import { ApiRoutes, welcomePath } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { allow, viewerOf } from "../http/access";
import { badRequest, notFound } from "../http/HttpError";
import { publicLink } from "../http/publicLink";
import { validate } from "../http/validate";
import { INVITATION_LIFETIME_MS, type Invitation } from "../stores/InvitationStore";
import { presentPerson } from "../stores/PeopleStore";

const presentInvitation = ({ id, email, workspaceRole, organisationId, organisationRole, expiresAt }: Invitation) => ({
  id,
  email,
  workspaceRole,
  organisationId,
  organisationRole,
  expiresAt,
});

/** Coordinators' people management: invitations, roles, removal. Changes reach open connections at once. */
export function peopleRouter(deps: AppDeps): Router {
  const { config, people, invitations, consultations, sessions, audit, collab, mailer } = deps;
  const router = Router();

  router.get(ApiRoutes.people, allow("people.manage"), (_request, response) => {
    const body: PersonList = { people: people.list().map(presentPerson) };
    response.json(body);
  });

  router.patch(ApiRoutes.person, allow("people.manage"), validate("params", IdParams), validate("body", UpdatePersonBody), (request, response) => {
    const { id } = request.params as IdParams;
    const changes = request.body as UpdatePersonBody;
    const person = people.get(id);
    if (!person) {
      throw notFound("No such person.");
    }
    const unknown = changes.memberships?.find((membership) => !consultations.organisation(membership.organisationId));
    if (unknown) {
      throw badRequest(`memberships: no organisation "${unknown.organisationId}"`);
    }
    if (changes.workspaceRole !== undefined) {
      people.setWorkspaceRole(id, changes.workspaceRole);
    }
    for (const membership of changes.memberships ?? []) {
      people.setMembership(id, membership.organisationId, membership.role);
    }
    // Each change as before → after, so the log says what a role was, not only what it became.
    const roleOf = (organisationId: string) => person.memberships.find((membership) => membership.organisationId === organisationId)?.role ?? null;
    const details = {
      ...(changes.workspaceRole !== undefined ? { workspaceRole: { from: person.workspaceRole, to: changes.workspaceRole } } : {}),
      ...Object.fromEntries((changes.memberships ?? []).map((membership) => [membership.organisationId, { from: roleOf(membership.organisationId), to: membership.role }])),
    };
    audit.record({ actorId: viewerOf(response).personId, action: "person.roles_change", target: id, details, ip: request.ip ?? "" });
    collab.refreshPerson(id);
    response.json({ person: presentPerson(people.get(id) ?? person) });
  });

  router.delete(ApiRoutes.person, allow("people.manage"), validate("params", IdParams), (request, response) => {
    const { id } = request.params as IdParams;
    if (!people.get(id)) {
      throw notFound("No such person.");
    }
    if (id === viewerOf(response).personId) {
      throw badRequest("You cannot remove yourself; ask another coordinator.");
    }
    people.revoke(id);
    sessions.deleteAll(id);
    collab.disconnectPerson(id);
    audit.record({ actorId: viewerOf(response).personId, action: "person.remove", target: id, ip: request.ip ?? "" });
    response.status(204).end();
  });

  router.get(ApiRoutes.invitations, allow("people.manage"), (_request, response) => {
    const body: InvitationList = { invitations: invitations.pending().map(presentInvitation) };
    response.json(body);
  });

  router.post(ApiRoutes.invitations, allow("people.manage"), validate("body", CreateInvitationBody), async (request, response) => {
    const body = request.body as CreateInvitationBody;
    const organisation = body.organisationId ? consultations.organisation(body.organisationId) : null;
    if (body.organisationId && !organisation) {
      throw badRequest(`organisationId: no organisation "${body.organisationId}"`);
    }
    const actorId = viewerOf(response).personId;
    const { invitation, token } = invitations.create({ ...body, personId: null, invitedBy: actorId }, INVITATION_LIFETIME_MS);
    const link = publicLink(config, request, welcomePath(token));
    // The invitation exists whether or not the email goes out: the coordinator can always copy the link.
    const emailed = mailer
      ? await mailer.send(invitation.email, {
          link,
          inviterName: people.get(actorId)?.name ?? "A coordinator",
          workspaceRole: invitation.workspaceRole,
          organisation: organisation && invitation.organisationRole ? { name: organisation.name, role: invitation.organisationRole } : null,
          expiresAt: invitation.expiresAt,
        })
      : false;
    audit.record({ actorId, action: "invitation.create", target: invitation.id, details: { ...body, emailed }, ip: request.ip ?? "" });
    const created: CreatedInvitation = { invitation: presentInvitation(invitation), link, emailed };
    response.status(201).json(created);
  });

  router.delete(ApiRoutes.invitationById, allow("people.manage"), validate("params", IdParams), (request, response) => {
    const { id } = request.params as IdParams;
    invitations.revoke(id);
    audit.record({ actorId: viewerOf(response).personId, action: "invitation.revoke", target: id, ip: request.ip ?? "" });
    response.status(204).end();
  });

  return router;
}
