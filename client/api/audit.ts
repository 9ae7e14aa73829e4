import { AuditList, type AuditQuery } from "../../shared/api/admin";
import { ApiRoutes } from "../../shared/api/routes";
import { requestJson } from "./requestJson";

/** The audit log, newest first, filtered on the server. */
export function getAudit(filter: Partial<AuditQuery>): Promise<AuditList> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== "") {
      query.set(name, String(value));
    }
  }
  const search = query.size > 0 ? `?${query.toString()}` : "";
  return requestJson(`${ApiRoutes.audit}${search}`, AuditList);
}
