import type { Request, Response } from "express";
import { Router } from "express";
import { AcceptInvitationBody, ChangePasswordBody, SignInBody, TokenParams, UpdateMeBody, type InvitationPreview, type Me, type SessionList } from "../../shared/api/auth";
import { ApiRoutes } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { SESSION_COOKIE } from "../auth/authenticate";
import { hashPassword, verifyPassword } from "../auth/passwords";
import { hashSecret } from "../auth/secrets";
import { allow, authOf, viewerOf } from "../http/access";
import { HttpError, notFound } from "../http/HttpError";
import { validate } from "../http/validate";
import { presentPerson } from "../stores/PeopleStore";
import { SESSION_LIFETIME_MS } from "../stores/SessionStore";

const INVALID_CREDENTIALS = "That email and password do not match an account.";
const INVALID_LINK = "This link has expired or has already been used. Ask a coordinator for a new one.";

function startSession(deps: AppDeps, request: Request, response: Response, personId: string): void {
  const secret = deps.sessions.create(personId, request.ip ?? "", request.get("user-agent") ?? "");
  response.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.secure,
    maxAge: SESSION_LIFETIME_MS,
    path: "/",
  });
}

function tooManyAttempts(retryAfterMs: number, response: Response): HttpError {
  response.set("Retry-After", String(Math.ceil(retryAfterMs / 1000)));
  return new HttpError(429, "rate_limited", "Too many failed sign-in attempts. Wait a few minutes and try again.");
}

/** Sign-in, sign-out, the current person's account, and single-use links. */
export function authRouter(deps: AppDeps): Router {
  const { people, sessions, invitations, audit, signInLimits, consultations, collab } = deps;
  const router = Router();

  router.post(ApiRoutes.signIn, allow("public"), validate("body", SignInBody), async (request, response) => {
    const { email, password } = request.body as SignInBody;
    const accountKey = `account:${email.toLowerCase()}`;
    const addressKey = `address:${request.ip ?? ""}`;
    // Counted before the slow password check, so guesses sent all at once count while in flight.
    const accountWait = signInLimits.account.reserve(accountKey);
    if (accountWait > 0) {
      throw tooManyAttempts(accountWait, response);
    }
    const addressWait = signInLimits.address.reserve(addressKey);
    if (addressWait > 0) {
      signInLimits.account.release(accountKey);
      throw tooManyAttempts(addressWait, response);
    }
    const person = people.findByEmail(email);
    const valid = await verifyPassword(password, person && !person.revoked ? person.passwordHash : null);
    if (!person || !valid) {
      // Both reservations stay: a failure counts against the account and the address.
      audit.record({ actorId: null, action: "person.sign_in_failed", target: email.toLowerCase(), ip: request.ip ?? "" });
      throw new HttpError(401, "unauthenticated", INVALID_CREDENTIALS);
    }
    signInLimits.account.reset(accountKey);
    signInLimits.address.release(addressKey);
    startSession(deps, request, response, person.id);
    audit.record({ actorId: person.id, action: "person.sign_in", target: person.id, ip: request.ip ?? "" });
    const body: Me = { person: presentPerson(person) };
    response.json(body);
  });

  router.post(ApiRoutes.signOut, allow("public"), (_request, response) => {
    const auth = authOf(response);
    if (auth?.sessionSecret) {
      sessions.delete(auth.sessionSecret);
      collab.disconnectCredential({ sessionId: hashSecret(auth.sessionSecret) });
    }
    response.clearCookie(SESSION_COOKIE, { path: "/" }).status(204).end();
  });

  router.post(ApiRoutes.signOutEverywhere, allow("signedIn"), (request, response) => {
    const viewer = viewerOf(response);
    sessions.deleteAll(viewer.personId);
    collab.disconnectPerson(viewer.personId);
    audit.record({ actorId: viewer.personId, action: "person.sign_out_everywhere", target: viewer.personId, ip: request.ip ?? "" });
    response.clearCookie(SESSION_COOKIE, { path: "/" }).status(204).end();
  });

  router.post(ApiRoutes.signOutOthers, allow("signedIn"), (request, response) => {
    const viewer = viewerOf(response);
    const keep = authOf(response)?.sessionSecret ?? null;
    sessions.deleteOthers(viewer.personId, keep);
    // Keeps this browser's own connections; with no session (an API token) every browser goes.
    collab.disconnectPerson(viewer.personId, keep ? hashSecret(keep) : null);
    audit.record({ actorId: viewer.personId, action: "person.sign_out_others", target: viewer.personId, ip: request.ip ?? "" });
    response.status(204).end();
  });

  router.get(ApiRoutes.me, allow("signedIn"), (_request, response) => {
    const person = people.get(viewerOf(response).personId);
    if (!person) {
      throw notFound();
    }
    const body: Me = { person: presentPerson(person) };
    response.json(body);
  });

  router.patch(ApiRoutes.me, allow("signedIn"), validate("body", UpdateMeBody), (request, response) => {
    const { personId } = viewerOf(response);
    people.setName(personId, (request.body as UpdateMeBody).name);
    const person = people.get(personId);
    if (!person) {
      throw notFound();
    }
    const body: Me = { person: presentPerson(person) };
    response.json(body);
  });

  router.post(ApiRoutes.myPassword, allow("signedIn"), validate("body", ChangePasswordBody), async (request, response) => {
    const { currentPassword, newPassword } = request.body as ChangePasswordBody;
    const { personId } = viewerOf(response);
    const person = people.get(personId);
    if (!person || !(await verifyPassword(currentPassword, person.passwordHash))) {
      throw new HttpError(400, "bad_request", "currentPassword: is not your current password");
    }
    people.setPasswordHash(personId, await hashPassword(newPassword));
    // Whoever knew the old password may be signed in elsewhere: only this browser stays signed in.
    const keep = authOf(response)?.sessionSecret ?? null;
    sessions.deleteOthers(personId, keep);
    collab.disconnectPerson(personId, keep ? hashSecret(keep) : null);
    audit.record({ actorId: personId, action: "person.password_change", target: personId, ip: request.ip ?? "" });
    response.status(204).end();
  });

  router.get(ApiRoutes.mySessions, allow("signedIn"), (_request, response) => {
    const auth = authOf(response);
    const current = auth?.sessionSecret ? hashSecret(auth.sessionSecret) : null;
    const body: SessionList = {
      sessions: sessions.list(viewerOf(response).personId).map((session) => ({ ...session, id: session.id.slice(0, 12), current: session.id === current })),
    };
    response.json(body);
  });

  router.get(ApiRoutes.invitation, allow("public"), validate("params", TokenParams), (request, response) => {
    const invitation = invitations.findUsable((request.params as TokenParams).token);
    if (!invitation) {
      throw notFound(INVALID_LINK);
    }
    const organisation = invitation.organisationId ? consultations.organisation(invitation.organisationId) : null;
    const body: InvitationPreview = {
      kind: invitation.personId ? "signInLink" : "invitation",
      email: invitation.email,
      name: invitation.personId ? (people.get(invitation.personId)?.name ?? null) : null,
      workspaceRole: invitation.workspaceRole,
      organisation: organisation && invitation.organisationRole ? { ...organisation, role: invitation.organisationRole } : null,
      expiresAt: invitation.expiresAt,
    };
    response.json(body);
  });

  router.post(ApiRoutes.acceptInvitation, allow("public"), validate("params", TokenParams), validate("body", AcceptInvitationBody), async (request, response) => {
    const { name, password } = request.body as AcceptInvitationBody;
    const invitation = invitations.findUsable((request.params as TokenParams).token);
    if (!invitation) {
      throw notFound(INVALID_LINK);
    }
    const passwordHash = await hashPassword(password);
    if (!invitations.markUsed(invitation.id)) {
      throw notFound(INVALID_LINK);
    }
    let person = invitation.personId ? people.get(invitation.personId) : people.findByEmail(invitation.email);
    if (person) {
      // A new password set through a link signs the account out everywhere: the old one may be known.
      sessions.deleteAll(person.id);
      collab.disconnectPerson(person.id);
      people.setPasswordHash(person.id, passwordHash);
      people.setName(person.id, name);
      if (!invitation.personId && invitation.workspaceRole) {
        people.setWorkspaceRole(person.id, invitation.workspaceRole);
      }
    } else {
      person = people.create({ email: invitation.email, name, workspaceRole: invitation.workspaceRole, passwordHash });
    }
    if (invitation.organisationId && invitation.organisationRole) {
      people.setMembership(person.id, invitation.organisationId, invitation.organisationRole);
    }
    audit.record({ actorId: person.id, action: invitation.personId ? "person.sign_in_link" : "invitation.accept", target: invitation.id, ip: request.ip ?? "" });
    collab.refreshPerson(person.id);
    startSession(deps, request, response, person.id);
    const body: Me = { person: presentPerson(people.get(person.id) ?? person) };
    response.json(body);
  });

  return router;
}
