import { Router } from "express";
import { AuditQuery, CreateOrganisationBody, CreateTokenBody, IdParams, type AuditList, type CreatedToken, type OrganisationList, type TokenList } from "../../shared/api/admin";
import { ApiRoutes } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { allow, viewerOf } from "../http/access";
import { HttpError, notFound } from "../http/HttpError";
import { validate } from "../http/validate";
import type { ApiTokenSummary } from "../stores/TokenStore";

const presentToken = ({ personId: _personId, ...token }: ApiTokenSummary) => token;

/** Organisations, coordinators' API tokens and the audit log. */
export function workspaceRouter(deps: AppDeps): Router {
  const { consultations, tokens, audit, collab } = deps;
  const router = Router();

  router.get(ApiRoutes.organisations, allow("workspace.read"), (_request, response) => {
    const body: OrganisationList = { organisations: consultations.organisations() };
    response.json(body);
  });

  router.post(ApiRoutes.organisations, allow("consultations.manage"), validate("body", CreateOrganisationBody), (request, response) => {
    const organisation = request.body as CreateOrganisationBody;
    if (!consultations.createOrganisation(organisation)) {
      throw new HttpError(409, "conflict", `An organisation "${organisation.id}" exists already.`);
    }
    audit.record({ actorId: viewerOf(response).personId, action: "organisation.create", target: organisation.id, ip: request.ip ?? "" });
    response.status(201).json(organisation);
  });

  router.get(ApiRoutes.tokens, allow("tokens.manage"), (_request, response) => {
    const body: TokenList = { tokens: tokens.list(viewerOf(response).personId).map(presentToken) };
    response.json(body);
  });

  router.post(ApiRoutes.tokens, allow("tokens.manage"), validate("body", CreateTokenBody), (request, response) => {
    const { personId } = viewerOf(response);
    const { token, summary } = tokens.create(personId, (request.body as CreateTokenBody).name);
    audit.record({ actorId: personId, action: "token.create", target: summary.id, ip: request.ip ?? "" });
    const body: CreatedToken = { token, summary: presentToken(summary) };
    response.status(201).json(body);
  });

  router.delete(ApiRoutes.token, allow("tokens.manage"), validate("params", IdParams), (request, response) => {
    const { personId } = viewerOf(response);
    const { id } = request.params as IdParams;
    if (!tokens.revoke(personId, id)) {
      throw notFound("No such live token of yours.");
    }
    collab.disconnectCredential({ tokenId: id });
    audit.record({ actorId: personId, action: "token.revoke", target: id, ip: request.ip ?? "" });
    response.status(204).end();
  });

  router.get(ApiRoutes.audit, allow("audit.read"), validate("query", AuditQuery), (request, response) => {
    const body: AuditList = { events: audit.list(request.query as unknown as AuditQuery) };
    response.json(body);
  });

  return router;
}
