import { CreateOrganisationBody, OrganisationList } from "../../shared/api/admin";
import { ApiRoutes } from "../../shared/api/routes";
import { jsonRequest } from "./jsonRequest";
import { requestJson } from "./requestJson";

export const getOrganisations = () => requestJson(ApiRoutes.organisations, OrganisationList);

export const createOrganisation = (body: CreateOrganisationBody) =>
  requestJson(ApiRoutes.organisations, CreateOrganisationBody, jsonRequest("POST", CreateOrganisationBody.parse(body)));
