import { useState, type FormEvent } from "react";
import type { Organisation } from "../../shared/api/consultations";
import type { PackageFormatId } from "../../shared/api/exports";
import type { LimitViolation } from "../../shared/submission/limits";
import { ApiError } from "../api/ApiError";
import { fetchFile, packagePath } from "../api/exports";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";
import { LimitViolationList } from "../limits/LimitViolationList";
import { FormatPicker } from "./FormatPicker";
import { saveBlob } from "./saveBlob";

/** An organisation's draft package: organisation, format, discussion or not, Download. */
export function PackageExport({ consultationId, organisations }: { consultationId: string; organisations: readonly Organisation[] }) {
  const { t, locale } = useI18n();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? "");
  const [format, setFormat] = useState<PackageFormatId>("docx");
  const [discussion, setDiscussion] = useState(false);
  const [busy, setBusy] = useState(false);
  const [violations, setViolations] = useState<readonly LimitViolation[]>([]);
  const announcement = useAnnouncement();

  const download = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setViolations([]);
    announcement.announce(t("exports.downloading"));
    fetchFile(packagePath(consultationId, organisationId, format, discussion, locale))
      .then(({ blob, fileName }) => {
        saveBlob(blob, fileName);
        announcement.announce(t("exports.downloaded", { fileName }));
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.violations.length > 0) {
          announcement.clear();
          setViolations(error.violations);
        } else {
          announcement.fail(describeError(error, t));
        }
      })
      .finally(() => setBusy(false));
  };

  return (
    <form className="form export-form" onSubmit={download} aria-labelledby="package-export-heading">
      <h2 id="package-export-heading">{t("exports.packageHeading")}</h2>
      {organisations.length > 1 && (
        <Field label={t("exports.organisation")}>
          {(id) => (
            <select id={id} value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <FormatPicker value={format} onChange={setFormat} />
      <label className="checkbox">
        <input type="checkbox" checked={discussion} onChange={(event) => setDiscussion(event.target.checked)} />
        {t("exports.includeDiscussion")}
      </label>
      <p className="notice">{t("exports.draftNote")}</p>
      <button type="submit" className="primary" disabled={busy || !organisationId}>
        {t("exports.download")}
      </button>
      <Announcement value={announcement.value} />
      <LimitViolationList violations={violations} />
    </form>
  );
}
