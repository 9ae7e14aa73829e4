import { useState, type FormEvent } from "react";
import type { Version, VersionRef } from "../../shared/api/versions";
import { useI18n } from "../i18n/useI18n";
import { formatSavedAt, versionName } from "./versionLabel";

/** Two sides to compare, by version id or "current". */
export interface Comparison {
  from: VersionRef;
  to: VersionRef;
}

/** Picks an older version and a newer one (or now) to compare. */
export function ComparePicker({ versions, onCompare }: { versions: Version[]; onCompare(comparison: Comparison): void }) {
  const { t, locale } = useI18n();
  // What changed since the last saved version is the usual question: the newest version against now.
  const [from, setFrom] = useState<string>(String(versions[0]?.id ?? ""));
  const [to, setTo] = useState<string>("current");
  const parse = (value: string): VersionRef => (value === "current" ? "current" : Number(value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCompare({ from: parse(from), to: parse(to) });
  };
  const options = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {`${versionName(version, t)} (${formatSavedAt(version.createdAt, locale)})`}
    </option>
  ));
  return (
    <form className="compare-picker" onSubmit={submit} aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t("versions.compare")}</h2>
      <label>
        {t("versions.compareFrom")}
        <select value={from} onChange={(event) => setFrom(event.target.value)}>
          {options}
        </select>
      </label>
      <label>
        {t("versions.compareTo")}
        <select value={to} onChange={(event) => setTo(event.target.value)}>
          <option value="current">{t("versions.now")}</option>
          {options}
        </select>
      </label>
      <button type="submit" className="primary" disabled={versions.length === 0}>
        {t("versions.showChanges")}
      </button>
    </form>
  );
}
