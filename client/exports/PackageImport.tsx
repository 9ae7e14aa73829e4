import { useState, type FormEvent } from "react";
import type { Organisation } from "../../shared/api/consultations";
import { importPackage } from "../api/exports";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";

/** A JSON package imported back into an organisation's submission (coordinators, or the organisation's lead), after a confirmation. */
export function PackageImport({ consultationId, organisations }: { consultationId: string; organisations: readonly Organisation[] }) {
  const { t } = useI18n();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const announcement = useAnnouncement();
  const organisation = organisations.find((candidate) => candidate.id === organisationId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !organisation || !window.confirm(t("packageImport.confirm", { fileName: file.name, organisation: organisation.name }))) {
      return;
    }
    setBusy(true);
    announcement.announce(t("packageImport.importing"));
    importPackage(consultationId, organisation.id, file)
      .then((result) => announcement.announce(t("packageImport.done", { count: String(result.comments), organisation: organisation.name })))
      .catch((error: unknown) => announcement.fail(t("imports.failed", { message: describeError(error, t) })))
      .finally(() => setBusy(false));
  };

  return (
    <form className="form export-form" onSubmit={submit} aria-labelledby="package-import-heading">
      <h2 id="package-import-heading">{t("packageImport.heading")}</h2>
      {organisations.length > 1 && (
        <Field label={t("exports.organisation")}>
          {(id) => (
            <select id={id} value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
              {organisations.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t("packageImport.file")}>
        {(id) => <input id={id} type="file" accept=".json,application/json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
      </Field>
      <p className="notice">{t("packageImport.note")}</p>
      <button type="submit" disabled={!file || !organisation || busy}>
        {t("packageImport.import")}
      </button>
      <Announcement value={announcement.value} />
    </form>
  );
}
