import { useState, type FormEvent } from "react";
import type { Consultation } from "../../shared/api/consultations";
import type { SubmissionVersionDiff } from "../../shared/api/diffs";
import type { VersionRef } from "../../shared/api/versions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import type { CommentChange } from "../../shared/diff/CommentChange";
import { documentAccess, type Viewer } from "../../shared/permissions";
import { getSubmissionDiff } from "../api/diffs";
import { useApi } from "../api/useApi";
import { getVersions } from "../api/versions";
import { useI18n } from "../i18n/useI18n";
import { formatSavedAt } from "./versionLabel";

type Result = { status: "none" } | { status: "loading" } | { status: "failed"; message: string } | { status: "done"; data: SubmissionVersionDiff };

function ChangeItem({ change }: { change: CommentChange }) {
  const { t } = useI18n();
  const comment = change.new ?? change.old;
  if (!comment) {
    return null;
  }
  const what =
    change.change === "changed"
      ? t("submissionDiff.changed", { fields: change.fields.map((field) => t(`submissionDiff.field.${field}`)).join(", ") })
      : t(`submissionDiff.${change.change}`);
  return (
    <li className="comment-change" data-change={change.change} data-comment-id={change.id}>
      <p className="paragraph-diff-meta">
        <span className="paragraph-diff-number">{t("paragraph.number", { number: comment.paragraphNumber })}</span>
        <span className="diff-badge">{t(`kind.${comment.kind}`)}</span>
        <span className="diff-badge">{what}</span>
      </p>
      {change.fields.includes("bodyText") && change.old ? (
        <p dir="auto">
          <del>{change.old.bodyText}</del> <ins>{comment.bodyText}</ins>
        </p>
      ) : (
        comment.bodyText && <p dir="auto">{comment.bodyText}</p>
      )}
    </li>
  );
}

/** Two submissions of one organisation (or one and the draft now) compared comment by comment. */
export function SubmissionCompare({ consultation, viewer }: { consultation: Consultation; viewer: Viewer }) {
  const { t, locale } = useI18n();
  const readable = consultation.organisations.filter(
    (organisation) => documentAccess(viewer, { kind: "submission", consultationId: consultation.id, organisationId: organisation.id }) !== "none",
  );
  const [organisationId, setOrganisationId] = useState(readable[0]?.id ?? "");
  const docName = submissionDocumentName(consultation.id, organisationId);
  const versions = useApi(`submission-versions:${docName}`, () => getVersions(docName));
  const submitted = versions.status === "done" ? versions.data.versions : [];
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("current");
  const [result, setResult] = useState<Result>({ status: "none" });
  if (readable.length === 0) {
    return null;
  }
  const parse = (value: string): VersionRef => (value === "current" ? "current" : Number(value));
  const compare = (event: FormEvent) => {
    event.preventDefault();
    setResult({ status: "loading" });
    getSubmissionDiff(docName, parse(from || String(submitted[0]?.id ?? "current")), parse(to)).then(
      (data) => setResult({ status: "done", data }),
      (error: unknown) => setResult({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };
  const options = submitted.map((version) => (
    <option key={version.id} value={version.id}>
      {t("submissionDiff.submitted", { date: formatSavedAt(version.createdAt, locale) })}
    </option>
  ));
  return (
    <section className="submission-compare" aria-labelledby="submission-compare-heading">
      <h2 id="submission-compare-heading">{t("submissionDiff.heading")}</h2>
      {readable.length > 1 && (
        <label>
          {t("uptake.organisation")}
          <select value={organisationId} onChange={(event) => {
            setOrganisationId(event.target.value);
            setResult({ status: "none" });
          }}>
            {readable.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {versions.status === "done" && submitted.length === 0 && <p>{t("submissionDiff.none")}</p>}
      {submitted.length > 0 && (
        <form className="compare-picker" onSubmit={compare}>
          <label>
            {t("submissionDiff.from")}
            <select value={from || String(submitted[0]?.id ?? "")} onChange={(event) => setFrom(event.target.value)}>
              {options}
            </select>
          </label>
          <label>
            {t("submissionDiff.to")}
            <select value={to} onChange={(event) => setTo(event.target.value)}>
              <option value="current">{t("submissionDiff.current")}</option>
              {options}
            </select>
          </label>
          <button type="submit">{t("submissionDiff.show")}</button>
        </form>
      )}
      {result.status === "loading" && <p role="status">{t("diff.loading")}</p>}
      {result.status === "failed" && <p role="alert">{t("diff.failed", { message: result.message })}</p>}
      {result.status === "done" && (
        <div className="submission-diff">
          <p role="status">{t("submissionDiff.summary", result.data.diff.summary)}</p>
          {result.data.diff.comments.length === 0 ? (
            <p>{t("submissionDiff.same")}</p>
          ) : (
            <ol className="paragraph-diffs">
              {result.data.diff.comments.map((change) => (
                <ChangeItem key={change.id} change={change} />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
