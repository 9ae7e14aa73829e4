import { useId, useState, type FormEvent } from "react";
import type { Consultation } from "../../shared/api/consultations";
import { CHARACTERS_PER_PAGE, MAX_COMMENT_CHARACTERS_LIMIT, MAX_PAGES_LIMIT } from "../../shared/submission/limits";
import { getOrganisations } from "../api/organisations";
import { updateConsultation } from "../api/submissions";
import { useApi } from "../api/useApi";
import { useI18n } from "../i18n/useI18n";
import type { RunAction } from "./useDashboardAction";

/** A limit as typed: empty for none. */
const limitOf = (value: string): number | null => (value.trim() === "" ? null : Number(value));

/** A consultation's title, description, the organisations taking part and the submission limits. */
export function SettingsForm({ consultation, run }: { consultation: Consultation; run: RunAction }) {
  const { t, locale } = useI18n();
  const ids = { title: useId(), description: useId(), legend: useId(), characters: useId(), pages: useId() };
  const organisations = useApi("organisations", getOrganisations);
  const [title, setTitle] = useState(consultation.title);
  const [description, setDescription] = useState(consultation.description);
  const [taking, setTaking] = useState(() => new Set(consultation.organisations.map((organisation) => organisation.id)));
  const [maxCommentCharacters, setMaxCommentCharacters] = useState(consultation.limits.maxCommentCharacters?.toString() ?? "");
  const [maxPages, setMaxPages] = useState(consultation.limits.maxPages?.toString() ?? "");
  const [asciiOnly, setAsciiOnly] = useState(consultation.limits.asciiOnly);
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
    const limits = { maxCommentCharacters: limitOf(maxCommentCharacters), maxPages: limitOf(maxPages), asciiOnly };
    void run(() => updateConsultation(consultation.id, { title, description, organisationIds: [...taking], limits }), t("dashboard.settingsSaved"));
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
        <fieldset>
          <legend>{t("limits.settingsLegend")}</legend>
          <label htmlFor={ids.characters}>{t("limits.maxCommentCharacters")}</label>
          <input
            id={ids.characters}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_COMMENT_CHARACTERS_LIMIT}
            step={1}
            value={maxCommentCharacters}
            aria-describedby={`${ids.characters}-hint`}
            onChange={(event) => setMaxCommentCharacters(event.target.value)}
          />
          <p id={`${ids.characters}-hint`} className="muted">
            {t("limits.maxCommentCharactersHint")}
          </p>
          <label htmlFor={ids.pages}>{t("limits.maxPages")}</label>
          <input
            id={ids.pages}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_PAGES_LIMIT}
            step={1}
            value={maxPages}
            aria-describedby={`${ids.pages}-hint`}
            onChange={(event) => setMaxPages(event.target.value)}
          />
          <p id={`${ids.pages}-hint`} className="muted">
            {t("limits.maxPagesHint", { characters: CHARACTERS_PER_PAGE.toLocaleString(locale) })}
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={asciiOnly} onChange={(event) => setAsciiOnly(event.target.checked)} />
            <span>{t("limits.asciiOnly")}</span>
          </label>
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
