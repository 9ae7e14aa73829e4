import { CreatedInvitation, CreateInvitationBody, InvitationList, PersonList, UpdatePersonBody } from "../../shared/api/admin";
import { Me } from "../../shared/api/auth";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { jsonRequest } from "./jsonRequest";
import { requestJson, requestNoContent } from "./requestJson";

export const getPeople = () => requestJson(ApiRoutes.people, PersonList);

/** Changes a person's workspace role and organisation roles; answers with the person as they are now. */
export const updatePerson = async (id: string, body: UpdatePersonBody) =>
  (await requestJson(apiPath(ApiRoutes.person, { id }), Me, jsonRequest("PATCH", UpdatePersonBody.parse(body)))).person;

export const removePerson = (id: string) => requestNoContent(apiPath(ApiRoutes.person, { id }), { method: "DELETE" });

export const getInvitations = () => requestJson(ApiRoutes.invitations, InvitationList);

export const createInvitation = (body: CreateInvitationBody) =>
  requestJson(ApiRoutes.invitations, CreatedInvitation, jsonRequest("POST", CreateInvitationBody.parse(body)));

export const revokeInvitation = (id: string) => requestNoContent(apiPath(ApiRoutes.invitationById, { id }), { method: "DELETE" });
