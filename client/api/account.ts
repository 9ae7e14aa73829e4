import { ChangePasswordBody, Me, SessionList, UpdateMeBody } from "../../shared/api/auth";
import { ApiRoutes } from "../../shared/api/routes";
import { jsonRequest } from "./jsonRequest";
import { requestJson, requestNoContent } from "./requestJson";

export const updateMe = (body: UpdateMeBody) => requestJson(ApiRoutes.me, Me, jsonRequest("PATCH", UpdateMeBody.parse(body)));

export const changePassword = (body: ChangePasswordBody) => requestNoContent(ApiRoutes.myPassword, jsonRequest("POST", ChangePasswordBody.parse(body)));

export const getMySessions = () => requestJson(ApiRoutes.mySessions, SessionList);

export const signOutEverywhere = () => requestNoContent(ApiRoutes.signOutEverywhere, { method: "POST" });

export const signOutOthers = () => requestNoContent(ApiRoutes.signOutOthers, { method: "POST" });
