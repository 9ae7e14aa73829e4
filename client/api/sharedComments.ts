import { SharedCommentList } from "../../shared/api/comments";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { requestJson } from "./requestJson";

export const getSharedComments = (consultationId: string) => requestJson(apiPath(ApiRoutes.sharedComments, { id: consultationId }), SharedCommentList);
