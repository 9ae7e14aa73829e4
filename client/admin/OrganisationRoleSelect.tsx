import { OrganisationRole } from "../../shared/permissions";
import { useI18n } from "../i18n/useI18n";

interface OrganisationRoleSelectProps {
  /** The id a `Field` gives its control. */
  id: string;
  value: OrganisationRole;
  onChange(role: OrganisationRole): void;
  disabled?: boolean;
}

/** A select of the roles a person can hold in an organisation (member, lead), in the reader's language. */
export function OrganisationRoleSelect({ id, value, onChange, disabled }: OrganisationRoleSelectProps) {
  const { t } = useI18n();
  return (
    <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(OrganisationRole.parse(event.target.value))}>
      {OrganisationRole.options.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}
