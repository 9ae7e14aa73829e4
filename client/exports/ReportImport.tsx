import { useState, type FormEvent } from "react";
import type { ReportImportPreview } from "../../shared/api/exports";
import { importReport, previewImport } from "../api/exports";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";
import { ImportMappingSummary } from "./ImportMappingSummary";

/** A coordinator's import of a draft report: pick a file, see its sections and what becomes of the comments, confirm. */
export function ReportImport({ consultationId, organisations }: { consultationId: string; organisations: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ReportImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const announcement = useAnnouncement();

  const run = <T,>(request: Promise<T>, onDone: (value: T) => void) => {
    setBusy(true);
    request
      .then(onDone)
      .catch((error: unknown) => announcement.fail(t("imports.failed", { message: describeError(error, t) })))
      .finally(() => setBusy(false));
  };

  const showPreview = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      announcement.announce(t("imports.previewing"));
      run(previewImport(consultationId, file), (value) => {
        setPreview(value);
        announcement.clear();
      });
    }
  };

  const confirm = () => {
    if (file) {
      run(importReport(consultationId, file), (result) => {
        setPreview(null);
        announcement.announce(t("imports.done", { count: String(result.paragraphCount) }));
      });
    }
  };

  return (
    <form className="form export-form" onSubmit={showPreview} aria-labelledby="report-import-heading">
      <h2 id="report-import-heading">{t("imports.heading")}</h2>
      <Field label={t("imports.file")}>
        {(id) => (
          <input
            id={id}
            type="file"
            accept=".pdf,.docx,.odt,.md,.markdown,.html,.htm,.txt"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
            }}
          />
        )}
      </Field>
      <button type="submit" disabled={!file || busy}>
        {t("imports.preview")}
      </button>
      {preview && (
        <section className="import-preview" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">{t("imports.summary", { count: String(preview.paragraphCount), first: preview.firstNumber ?? "", last: preview.lastNumber ?? "" })}</h3>
          <ul>
            {preview.sections.map((section, index) => (
              <li key={index} dir="auto">
                {section.label === null
                  ? t("imports.beforeSections", { count: String(section.paragraphs) })
                  : t("imports.section", { heading: section.heading, count: String(section.paragraphs) })}
              </li>
            ))}
          </ul>
          <ImportMappingSummary mapping={preview.mapping} organisationNames={new Map(organisations.map((organisation) => [organisation.id, organisation.name]))} />
          <p className="notice">{t("imports.warning")}</p>
          <button type="button" className="primary" onClick={confirm} disabled={busy}>
            {t("imports.confirm")}
          </button>
        </section>
      )}
      <Announcement value={announcement.value} />
    </form>
  );
}
