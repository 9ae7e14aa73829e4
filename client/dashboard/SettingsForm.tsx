import { useId, useState, type FormEvent } from "react";
import type { Consultation } from "../../shared/api/consultations";
import { getOrganisations } from "../api/organisations";
import { updateConsultation } from "../api/submissions";
import { useApi } from "../api/useApi";
import { useI18n } from "../i18n/useI18n";
import type { RunAction } from "./useDashboardAction";

/** A consultation's title, description and the organisations taking part. */
export function SettingsForm({ consultation, run }: { consultation: Consultation; run: RunAction }) {
  const { t } = useI18n();
  const ids = { title: useId(), description: useId(), legend: useId() };
  const organisations = useApi("organisations", getOrganisations);
  const [title, setTitle] = useState(consultation.title);
  const [description, setDescription] = useState(consultation.description);
  const [taking, setTaking] = useState(() => new Set(consultation.organisations.map((organisation) => organisation.id)));
  const [error, setError] = useState<string | null>(null);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(taking);
    if (on) {
      next.add(id);
    } else {
      next.delete(id);
    }
    setTaking(next);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (taking.size === 0) {
      setError(t("dashboard.needOrganisation"));
      return;
    }
    setError(null);
    void run(() => updateConsultation(consultation.id, { title, description, organisationIds: [...taking] }), t("dashboard.settingsSaved"));
  };

  return (
    <details className="dashboard-settings">
      <summary>{t("dashboard.settings")}</summary>
      <form onSubmit={save}>
        <label htmlFor={ids.title}>{t("dashboard.settingsTitle")}</label>
        <input id={ids.title} dir="auto" value={title} required maxLength={300} onChange={(event) => setTitle(event.target.value)} />
        <label htmlFor={ids.description}>{t("dashboard.settingsDescription")}</label>
        <textarea id={ids.description} dir="auto" rows={3} maxLength={5000} value={description} onChange={(event) => setDescription(event.target.value)} />
        <fieldset aria-describedby={error ? `${ids.legend}-error` : undefined}>
          <legend id={ids.legend}>{t("dashboard.settingsOrganisations")}</legend>
          {organisations.status === "done" &&
            organisations.data.organisations.map((organisation) => (
              <label key={organisation.id} className="checkbox">
                <input type="checkbox" checked={taking.has(organisation.id)} onChange={(event) => toggle(organisation.id, event.target.checked)} />
                <span dir="auto">{organisation.name}</span>
              </label>
            ))}
        </fieldset>
        {error && (
          <p id={`${ids.legend}-error`} role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t("dashboard.saveSettings")}
        </button>
      </form>
    </details>
  );
}
