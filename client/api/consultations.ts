import { Consultation, ConsultationList } from "../../shared/api/consultations";
import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { requestJson } from "./requestJson";

export const getConsultations = () => requestJson(ApiRoutes.consultations, ConsultationList);

export const getConsultation = (id: string) => requestJson(apiPath(ApiRoutes.consultation, { id }), Consultation);
