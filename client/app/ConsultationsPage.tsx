import { can } from "../../shared/permissions";
import { getConsultations } from "../api/consultations";
import { useApi } from "../api/useApi";
import { Link } from "../components/Link";
import { formatDeadline } from "../i18n/formatDeadline";
import { useI18n } from "../i18n/useI18n";
import { dashboardPath, overviewPath, reportPath } from "./router";
import { useSession } from "./useSession";
import { usePageTitle } from "./usePageTitle";

/** The list of consultations, each linking to its draft report. */
export function ConsultationsPage() {
  const { t, locale } = useI18n();
  const consultations = useApi("consultations", getConsultations);
  usePageTitle(t("consultations.heading"));
  const { state } = useSession();
  const overview = state.status === "signedIn" && can(state.viewer, "submissions.overview");
  return (
    <main id="content" className="page" tabIndex={-1}>
      <h1>{t("consultations.heading")}</h1>
      {consultations.status === "loading" && <p role="status">{t("report.loading")}</p>}
      {consultations.status === "failed" && (
        <p role="alert">{t("consultations.loadFailed", { message: consultations.error.message })}</p>
      )}
      {consultations.status === "done" && consultations.data.consultations.length === 0 && <p>{t("consultations.empty")}</p>}
      {consultations.status === "done" && (
        <ul className="consultation-list">
          {consultations.data.consultations.map((consultation) => (
            <li key={consultation.id} className="consultation-card">
              <h2 dir="auto">
                <Link href={reportPath(consultation.id)}>{consultation.title}</Link>
              </h2>
              <p>
                <span className="state-badge" data-state={consultation.state}>
                  {t(`state.${consultation.state}`)}
                </span>{" "}
                {t("consultations.deadline", { date: formatDeadline(consultation.deadline, locale, t) })}
              </p>
              {overview && (
                <p>
                  <Link href={overviewPath(consultation.id)}>{t("overview.link")}</Link> · <Link href={dashboardPath(consultation.id)}>{t("dashboard.link")}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
