import { useState, type FormEvent } from "react";
import type { Version } from "../../shared/api/versions";
import { saveVersion } from "../api/versions";
import { useI18n } from "../i18n/useI18n";

/** Name and note, then "Save version"; shown only to people who may change the report. */
export function SaveVersionForm({ docName, onSaved }: { docName: string; onSaved(version: Version): void }) {
  const { t } = useI18n();
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [state, setState] = useState<{ status: "idle" | "saving" } | { status: "failed"; message: string }>({ status: "idle" });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ status: "saving" });
    saveVersion(docName, { name, note }).then(
      (version) => {
        setName("");
        setNote("");
        setState({ status: "idle" });
        onSaved(version);
      },
      (error: unknown) => setState({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <form className="form save-version" onSubmit={submit} aria-labelledby="save-version-heading">
      <h2 id="save-version-heading">{t("versions.saveHeading")}</h2>
      <label>
        {t("versions.saveName")}
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} dir="auto" />
      </label>
      <label>
        {t("versions.saveNote")}
        <textarea value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} rows={2} dir="auto" />
      </label>
      <button type="submit" className="primary" disabled={state.status === "saving" || name.trim() === ""}>
        {state.status === "saving" ? t("versions.saving") : t("versions.save")}
      </button>
      {state.status === "failed" && <p role="alert">{t("versions.saveFailed", { message: state.message })}</p>}
    </form>
  );
}
