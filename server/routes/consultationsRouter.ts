import { Router } from "express";
import { ConsultationParams, type ConsultationList } from "../../shared/api/consultations";
import { ApiRoutes } from "../../shared/api/routes";
import type { AppDeps } from "../app";
import { allow } from "../http/access";
import { notFound } from "../http/HttpError";
import { validate } from "../http/validate";

/** `GET /api/consultations` and `GET /api/consultations/:id`. */
export function consultationsRouter({ consultations }: AppDeps): Router {
  const router = Router();
  router.get(ApiRoutes.consultations, allow("workspace.read"), (_request, response) => {
    const body: ConsultationList = { consultations: consultations.list() };
    response.json(body);
  });
  router.get(ApiRoutes.consultation, allow("workspace.read"), validate("params", ConsultationParams), (request, response) => {
    const { id } = request.params as ConsultationParams;
    const consultation = consultations.get(id);
    if (!consultation) {
      throw notFound(`No consultation "${id}".`);
    }
    response.json(consultation);
  });
  return router;
}
