import { useState, type FormEvent } from "react";
import { ID_PATTERN } from "../../shared/collab/documentNames";
import { createOrganisation } from "../api/organisations";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { useI18n } from "../i18n/useI18n";

interface OrganisationsSectionProps {
  organisations: readonly { id: string; name: string }[];
  onCreated(): void;
}

/** The organisations in the workspace, and a form to add one. */
export function OrganisationsSection({ organisations, onCreated }: OrganisationsSectionProps) {
  const { t } = useI18n();
  const [id, setId] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const { value, announce, fail } = useAnnouncement();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ID_PATTERN.test(id)) {
      fail(t("organisations.badId"));
      return;
    }
    setBusy(true);
    try {
      const created = await createOrganisation({ id, name: name.trim() });
      announce(t("organisations.created", { name: created.name }));
      setId("");
      setName("");
      onCreated();
    } catch (caught) {
      fail(describeError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ul className="organisation-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <span dir="auto">{organisation.name}</span> <code>{organisation.id}</code>
          </li>
        ))}
      </ul>
      <h3>{t("organisations.createHeading")}</h3>
      <form className="form admin-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t("organisations.name")}
          <input required maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t("organisations.id")}
          <input required maxLength={60} dir="ltr" value={id} onChange={(event) => setId(event.target.value)} aria-describedby="organisation-id-hint" />
          <span id="organisation-id-hint" className="muted">
            {t("organisations.idHint")}
          </span>
        </label>
        <button type="submit" disabled={busy}>
          {t("organisations.create")}
        </button>
      </form>
      <Announcement value={value} />
    </>
  );
}
