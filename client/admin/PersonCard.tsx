import type { UpdatePersonBody } from "../../shared/api/admin";
import type { Person } from "../../shared/api/people";
import { WorkspaceRole } from "../../shared/permissions";
import { updatePerson } from "../api/people";
import { describeError } from "../app/describeError";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";
import { MembershipEditor } from "./MembershipEditor";
import { RemovePersonButton } from "./RemovePersonButton";
import { RoleSelect } from "./RoleSelect";

export interface PersonCardProps {
  person: Person;
  /** The coordinator looking at the page: they may not demote or remove themselves here. */
  isMe: boolean;
  organisations: readonly { id: string; name: string }[];
  announce(text: string): void;
  fail(text: string): void;
  onChange(): void;
}

/** One person: workspace role, organisation memberships, and removal. */
export function PersonCard({ person, isMe, organisations, announce, fail, onChange }: PersonCardProps) {
  const { t } = useI18n();
  const headingId = `person-${person.id}`;

  const change = async (changes: UpdatePersonBody, done: string) => {
    try {
      await updatePerson(person.id, changes);
      announce(done);
      onChange();
    } catch (caught) {
      fail(describeError(caught, t));
      onChange();
    }
  };

  const setWorkspaceRole = (role: WorkspaceRole | null) => {
    const label = role ? t(`role.${role}`) : t("admin.noWorkspaceRole");
    void change({ workspaceRole: role }, t("admin.roleChanged", { name: person.name, role: label }));
  };

  return (
    <li className="person-card" aria-labelledby={headingId} data-person-email={person.email}>
      <h3 id={headingId} dir="auto">
        {person.name}
        {isMe && <span className="badge">{t("admin.you")}</span>}
      </h3>
      <p dir="auto" className="muted person-email">
        {person.email}
      </p>
      <Field label={t("admin.workspaceRole")} className="inline-field">
        {(id) => <RoleSelect id={id} roles={WorkspaceRole.options} value={person.workspaceRole} none={t("admin.noWorkspaceRole")} disabled={isMe} onChange={setWorkspaceRole} />}
      </Field>
      <MembershipEditor person={person} organisations={organisations} change={change} />
      {!isMe && <RemovePersonButton person={person} announce={announce} fail={fail} onRemoved={onChange} />}
    </li>
  );
}
