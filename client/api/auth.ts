import { AcceptInvitationBody, InvitationPreview, Me, SignInBody } from "../../shared/api/auth";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { requestJson, requestNoContent } from "./requestJson";

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const getMe = () => requestJson(ApiRoutes.me, Me);

export const signIn = (body: SignInBody) => requestJson(ApiRoutes.signIn, Me, json(SignInBody.parse(body)));

export const signOut = () => requestNoContent(ApiRoutes.signOut, { method: "POST" });

export const getInvitation = (token: string) => requestJson(apiPath(ApiRoutes.invitation, { token }), InvitationPreview);

export const acceptInvitation = (token: string, body: AcceptInvitationBody) =>
  requestJson(apiPath(ApiRoutes.acceptInvitation, { token }), Me, json(AcceptInvitationBody.parse(body)));
