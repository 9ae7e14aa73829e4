import { Router } from "express";
import type { Health } from "../../shared/api/health";
import { ApiRoutes } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { allow } from "../http/access";

/** `GET /api/health`: answers once the database responds. */
export function healthRouter({ db, collab, version }: AppDeps): Router {
  const router = Router();
  router.get(ApiRoutes.health, allow("public"), (_request, response) => {
    db.prepare("SELECT 1").get();
    const body: Health = { status: "ok", version, documentsLoaded: collab.rooms.size };
    response.json(body);
  });
  return router;
}
