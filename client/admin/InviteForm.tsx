import { useState, type FormEvent } from "react";
import type { CreatedInvitation } from "../../shared/api/admin";
import { OrganisationRole, WorkspaceRole } from "../../shared/permissions";
import { createInvitation } from "../api/people";
import { describeError } from "../app/describeError";
import { CopyField } from "../components/CopyField";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";
import { RoleSelect } from "./RoleSelect";

interface InviteFormProps {
  organisations: readonly { id: string; name: string }[];
  onInvited(): void;
}

/** Email plus a workspace role and/or an organisation role; on success, the single-use link to copy. */
export function InviteForm({ organisations, onInvited }: InviteFormProps) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [workspaceRole, setWorkspaceRole] = useState<WorkspaceRole | "">("");
  const [organisationId, setOrganisationId] = useState("");
  const [organisationRole, setOrganisationRole] = useState<OrganisationRole>("member");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!workspaceRole && !organisationId) {
      setError(t("invite.needRole"));
      return;
    }
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const result = await createInvitation({
        email: email.trim(),
        workspaceRole: workspaceRole || null,
        organisationId: organisationId || null,
        organisationRole: organisationId ? organisationRole : null,
      });
      setCreated(result);
      setEmail("");
      onInvited();
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form className="form admin-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t("invite.email")}
          <input type="email" required maxLength={320} autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <Field label={t("admin.workspaceRole")}>
          {(id) => <RoleSelect id={id} roles={WorkspaceRole.options} value={workspaceRole || null} none={t("admin.noWorkspaceRole")} onChange={(role) => setWorkspaceRole(role ?? "")} />}
        </Field>
        <Field label={t("invite.organisation")}>
          {(id) => (
            <select id={id} value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
              <option value="">{t("invite.noOrganisation")}</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("invite.organisationRole")}>
          {(id) => <RoleSelect id={id} roles={OrganisationRole.options} value={organisationRole} disabled={!organisationId} onChange={(role) => setOrganisationRole(role ?? organisationRole)} />}
        </Field>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t("invite.submit")}
        </button>
      </form>
      {created && <InvitationResult created={created} />}
    </>
  );
}

function InvitationResult({ created }: { created: CreatedInvitation }) {
  const { t } = useI18n();
  return (
    <div className="result-box">
      <p role="status">
        {t("invite.created", { email: created.invitation.email })} {created.emailed ? t("invite.emailed") : t("invite.notEmailed")}
      </p>
      <CopyField label={t("invite.link")} value={created.link} />
    </div>
  );
}
