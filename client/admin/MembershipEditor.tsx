import { useState, type FormEvent } from "react";
import type { UpdatePersonBody } from "../../shared/api/admin";
import type { Person } from "../../shared/api/people";
import { OrganisationRole } from "../../shared/permissions";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";
import { LeaveOrganisationButton } from "./LeaveOrganisationButton";
import { RoleSelect } from "./RoleSelect";

interface MembershipEditorProps {
  person: Person;
  organisations: readonly { id: string; name: string }[];
  change(changes: UpdatePersonBody, done: string): Promise<void>;
}

/** A person's organisations: switch member ↔ lead, leave one, join another. */
export function MembershipEditor({ person, organisations, change }: MembershipEditorProps) {
  const { t } = useI18n();
  const name = (id: string) => organisations.find((organisation) => organisation.id === id)?.name ?? id;
  const joinable = organisations.filter((organisation) => !person.memberships.some((membership) => membership.organisationId === organisation.id));
  const [joinId, setJoinId] = useState("");
  const [joinRole, setJoinRole] = useState<OrganisationRole>("member");
  const selectedJoin = joinable.some((organisation) => organisation.id === joinId) ? joinId : (joinable[0]?.id ?? "");

  const setRole = (organisationId: string, role: OrganisationRole | null) => {
    const done = role
      ? t("admin.membershipChanged", { name: person.name, organisation: name(organisationId), role: t(`role.${role}`) })
      : t("admin.membershipRemoved", { name: person.name, organisation: name(organisationId) });
    return change({ memberships: [{ organisationId, role }] }, done);
  };

  const join = (event: FormEvent) => {
    event.preventDefault();
    if (selectedJoin) {
      void setRole(selectedJoin, joinRole);
    }
  };

  return (
    <div className="memberships">
      <h4>{t("admin.organisations")}</h4>
      {person.memberships.length === 0 && <p className="muted">{t("admin.noMemberships")}</p>}
      <ul>
        {person.memberships.map((membership) => (
          <li key={membership.organisationId}>
            <Field label={<span dir="auto">{name(membership.organisationId)}</span>} className="inline-field">
              {(id) => <RoleSelect id={id} roles={OrganisationRole.options} value={membership.role} onChange={(role) => void setRole(membership.organisationId, role ?? membership.role)} />}
            </Field>
            <LeaveOrganisationButton personName={person.name} organisationName={name(membership.organisationId)} leave={() => setRole(membership.organisationId, null)} />
          </li>
        ))}
      </ul>
      {joinable.length > 0 && (
        <form className="join-form" onSubmit={join}>
          <Field label={t("admin.addToOrganisation")} className="inline-field">
            {(id) => (
              <select id={id} value={selectedJoin} onChange={(event) => setJoinId(event.target.value)}>
                {joinable.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("admin.as")} className="inline-field">
            {(id) => <RoleSelect id={id} roles={OrganisationRole.options} value={joinRole} onChange={(role) => setJoinRole(role ?? joinRole)} />}
          </Field>
          <button type="submit">{t("admin.add")}</button>
        </form>
      )}
    </div>
  );
}
