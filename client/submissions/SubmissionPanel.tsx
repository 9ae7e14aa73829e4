import { useState } from "react";
import type { OrganisationStatus, SubmissionStage } from "../../shared/api/submissions";
import { organisationRole, type Viewer } from "../../shared/permissions";
import { setStage, submitSubmission, withdrawSubmission } from "../api/submissions";
import type { LimitViolation } from "../../shared/submission/limits";
import { ApiError } from "../api/ApiError";
import { Link } from "../components/Link";
import { LimitViolationList } from "../limits/LimitViolationList";
import { useI18n } from "../i18n/useI18n";
import { LanguageOptions } from "../i18n/LanguageOptions";
import { isLocale, LOCALES, type Locale } from "../i18n/locales";
import "./submissions.css";
import { receiptPath } from "../app/router";
import { Countdown } from "../deadlines/Countdown";

interface SubmissionPanelProps {
  consultationId: string;
  status: OrganisationStatus;
  viewer: Viewer;
  /** Locked by the server (deadline passed, consultation closed). */
  locked: boolean;
  /** The time by the server's clock. */
  now: Date;
  onChange: () => void;
}

const STAGES: SubmissionStage[] = ["drafting", "ready_for_review", "signed_off"];

/** Where the organisation's submission stands, and the lead's Submit and Withdraw. */
export function SubmissionPanel({ consultationId, status, viewer, locked, now, onChange }: SubmissionPanelProps) {
  const { t, locale } = useI18n();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [violations, setViolations] = useState<readonly LimitViolation[]>([]);
  /** The official files are written once, in this language: the page's, until the lead picks another. */
  const [chosenLanguage, setFileLanguage] = useState<Locale | null>(null);
  const fileLanguage = chosenLanguage ?? locale;
  const role = organisationRole(viewer, status.organisation.id);
  const isLead = role === "lead";
  const official = status.official;
  const time = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });

  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setMessage(null);
    setViolations([]);
    try {
      await action();
      setMessage({ kind: "ok", text: success });
      onChange();
    } catch (error) {
      if (error instanceof ApiError && error.violations.length > 0) {
        setViolations(error.violations);
        return;
      }
      setMessage({ kind: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    const question = `${t("submission.confirmSubmit", { organisation: status.organisation.name })}\n${t("submission.confirmLanguage", { language: LOCALES[fileLanguage].label })}`;
    if (window.confirm(question)) {
      void run(() => submitSubmission(consultationId, status.organisation.id, fileLanguage), t("submission.submitted"));
    }
  };
  const withdraw = () => {
    if (window.confirm(t("submission.confirmWithdraw"))) {
      void run(() => withdrawSubmission(consultationId, status.organisation.id), t("submission.withdrawn"));
    }
  };

  return (
    <section className="submission-panel" aria-label={t("submission.panel")} data-state={status.state}>
      <p className="submission-state">
        <strong>{t(`submissionState.${status.state}`)}</strong>
        {official && (
          <>
            {" · "}
            {t("submission.officialAt", { time: time(official.at), name: official.by.name ?? "" })}{" "}
            <Link href={receiptPath(consultationId, status.organisation.id, official.id)}>{t("submission.receipt")}</Link>
          </>
        )}
      </p>
      {status.extended && (
        <>
          <p className="muted">{t("submission.extended", { organisation: status.organisation.name })}</p>
          <Countdown deadline={status.deadline} now={now} kind="external" closed={locked} />
        </>
      )}
      {locked ? (
        <p className="lock-notice" role="status">
          {t("submission.locked")}
        </p>
      ) : (
        role && (
          <div className="row">
            <label>
              <span>{t("submission.stage")}</span>
              <select
                value={status.stage}
                disabled={busy}
                onChange={(event) => void run(() => setStage(consultationId, status.organisation.id, event.target.value as SubmissionStage), t("submission.stageSaved"))}
              >
                {STAGES.map((stage) => (
                  <option key={stage} value={stage} disabled={stage === "signed_off" && !isLead}>
                    {t(`stage.${stage}`)}
                  </option>
                ))}
              </select>
            </label>
            {isLead && (
              <label>
                <span>{t("submission.fileLanguage")}</span>
                <select value={fileLanguage} disabled={busy} onChange={(event) => isLocale(event.target.value) && setFileLanguage(event.target.value)}>
                  <LanguageOptions />
                </select>
              </label>
            )}
            {isLead && (
              <button type="button" className="primary" disabled={busy} onClick={submit}>
                {official ? t("submission.resubmit") : t("submission.submit")}
              </button>
            )}
            {isLead && official && (
              <button type="button" disabled={busy} onClick={withdraw}>
                {t("submission.withdraw")}
              </button>
            )}
          </div>
        )
      )}
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "form-error" : "muted"}>
          {message.text}
        </p>
      )}
      <LimitViolationList violations={violations} />
    </section>
  );
}
