import { CreatedToken, CreateTokenBody, TokenList } from "../../shared/api/admin";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { jsonRequest } from "./jsonRequest";
import { requestJson, requestNoContent } from "./requestJson";

export const getTokens = () => requestJson(ApiRoutes.tokens, TokenList);

export const createToken = (body: CreateTokenBody) => requestJson(ApiRoutes.tokens, CreatedToken, jsonRequest("POST", CreateTokenBody.parse(body)));

export const revokeToken = (id: string) => requestNoContent(apiPath(ApiRoutes.token, { id }), { method: "DELETE" });
