import { Router } from "express";
import type { Health } from "../../shared/api/health";
import { ApiRoutes } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { allow } from "../http/access";

/** `GET /api/health`: 200 "ok" while the database answers and the data dir takes writes, else 503 "degraded". */
export function healthRouter({ db, collab, version, storeHealth, logger }: AppDeps): Router {
  const router = Router();
  // Logged when the condition changes, not on every poll.
  let lastProblem: string | null = null;
  router.get(ApiRoutes.health, allow("public"), (_request, response) => {
    db.prepare("SELECT 1").get();
    const { writable, problem } = storeHealth.condition();
    if (problem !== lastProblem) {
      if (problem) {
        logger.warn("db", "health degraded: the store cannot take writes", { problem });
      } else {
        logger.info("db", "health ok again");
      }
      lastProblem = problem;
    }
    const body: Health = { status: writable ? "ok" : "degraded", version, documentsLoaded: collab.rooms.size };
    response.status(writable ? 200 : 503).json(body);
  });
  return router;
}
