import { CommentMatrix } from "../../shared/api/comments";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { requestJson } from "./requestJson";

/** Every organisation's comments per paragraph, with tallies and detached comments (coordinators). */
export const getCommentMatrix = (consultationId: string) => requestJson(apiPath(ApiRoutes.commentMatrix, { id: consultationId }), CommentMatrix);
