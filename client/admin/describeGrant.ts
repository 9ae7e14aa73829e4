import type { OrganisationRole, WorkspaceRole } from "../../shared/permissions";
import type { Translate } from "../i18n/I18nProvider";

/** What an invitation grants, in words: "reviewer", "member of Open Networks", or both. */
export function describeGrant(
  grant: { workspaceRole: WorkspaceRole | null; organisationId: string | null; organisationRole: OrganisationRole | null },
  organisationName: (id: string) => string,
  t: Translate,
): string {
  const parts: string[] = [];
  if (grant.workspaceRole) {
    parts.push(t(`role.${grant.workspaceRole}`));
  }
  if (grant.organisationId && grant.organisationRole) {
    parts.push(t("admin.roleInOrganisation", { role: t(`role.${grant.organisationRole}`), organisation: organisationName(grant.organisationId) }));
  }
  return parts.join(" · ");
}
