import { useId } from "react";
import { can, type Viewer } from "../../shared/permissions";
import { getConsultation } from "../api/consultations";
import { useApi } from "../api/useApi";
import { reportPath } from "../app/router";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { Link } from "../components/Link";
import { useI18n } from "../i18n/useI18n";
import { DeadlineControls } from "./DeadlineControls";
import { DeadlineSummary } from "./DeadlineSummary";
import { SettingsForm } from "./SettingsForm";
import { StateControls } from "./StateControls";
import { SubmissionTable } from "./SubmissionTable";
import { useConsultationStatus } from "../deadlines/useConsultationStatus";
import { useDashboardAction } from "./useDashboardAction";
import { useServerNow } from "../deadlines/useServerNow";
import "./dashboard.css";
import { usePageTitle } from "../app/usePageTitle";

/** `/consultations/<id>/dashboard` (coordinators): deadlines, state and every organisation's submission, with the controls over them. */
export function DashboardPage({ consultationId, viewer }: { consultationId: string; viewer: Viewer }) {
  const { t, locale } = useI18n();
  const controlsId = useId();
  const tableId = useId();
  const consultation = useApi(`consultation:${consultationId}`, () => getConsultation(consultationId));
  usePageTitle(t("dashboard.heading"), consultation.status === "done" ? consultation.data.title : null);
  const status = useConsultationStatus(consultationId);
  const now = useServerNow(status.clockOffset);
  const { value, announce, fail } = useAnnouncement();
  const run = useDashboardAction(announce, fail, status.refresh);
  const manage = can(viewer, "consultations.manage");
  const data = status.data;
  return (
    <main id="content" className="page dashboard-page" tabIndex={-1}>
      <header className="page-header">
        <h1>{t("dashboard.heading")}</h1>
        {consultation.status === "done" && <p dir="auto">{consultation.data.title}</p>}
        <Link href={reportPath(consultationId)}>{t("versions.backToReport")}</Link>
        <span className="page-refresh">
          <button type="button" onClick={status.refresh} aria-busy={status.loading}>
            {t("overview.refresh")}
          </button>
          <span role="status">
            {status.loading ? t("common.loading") : status.loadedAt ? t("overview.updatedAt", { time: status.loadedAt.toLocaleTimeString(locale) }) : null}
          </span>
        </span>
      </header>
      <Announcement value={value} />
      {status.error && <p role="alert">{t("dashboard.loadFailed", { message: status.error.message })}</p>}
      {data && (
        <>
          <DeadlineSummary status={data} now={now} />
          {manage && (
            <section className="dashboard-controls" aria-labelledby={controlsId}>
              <h2 id={controlsId}>{t("dashboard.controls")}</h2>
              <DeadlineControls consultationId={consultationId} status={data} run={run} />
              <StateControls consultationId={consultationId} status={data} now={now} run={run} />
              {consultation.status === "done" && <SettingsForm consultation={consultation.data} run={run} />}
            </section>
          )}
          <section aria-labelledby={tableId}>
            <h2 id={tableId}>{t("dashboard.submissions")}</h2>
            <SubmissionTable consultationId={consultationId} status={data} manage={manage} run={run} />
          </section>
        </>
      )}
    </main>
  );
}
