import type { OrganisationRole, WorkspaceRole } from "../../shared/permissions";
import { useI18n } from "../i18n/useI18n";

interface RoleSelectProps<R extends WorkspaceRole | OrganisationRole> {
  /** The id a `Field` gives its control. */
  id: string;
  /** Every role offered, in order (`WorkspaceRole.options` or `OrganisationRole.options`). */
  roles: readonly R[];
  value: R | null;
  onChange(role: R | null): void;
  /** What having no role is called, when that is a choice; without it a role must be chosen. */
  none?: string;
  disabled?: boolean;
}

/** A select of workspace or organisation roles, in the reader's language. */
export function RoleSelect<R extends WorkspaceRole | OrganisationRole>({ id, roles, value, onChange, none, disabled }: RoleSelectProps<R>) {
  const { t } = useI18n();
  return (
    <select id={id} value={value ?? ""} disabled={disabled} onChange={(event) => onChange(roles.find((role) => role === event.target.value) ?? null)}>
      {none !== undefined && <option value="">{none}</option>}
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}
