import { useApi } from "../api/useApi";
import { getConsultation } from "../api/consultations";
import { reportPath } from "../app/router";
import { Link } from "../components/Link";
import { useI18n } from "../i18n/useI18n";
import { CoalitionOverview } from "./CoalitionOverview";
import { useCommentMatrix } from "./useCommentMatrix";
import "./overview.css";
import { usePageTitle } from "../app/usePageTitle";

/** `/consultations/<id>/overview` (coordinators): the heat map and every organisation's comments side by side. */
export function OverviewPage({ consultationId }: { consultationId: string }) {
  const { t, locale } = useI18n();
  const consultation = useApi(`consultation:${consultationId}`, () => getConsultation(consultationId));
  usePageTitle(t("overview.heading"), consultation.status === "done" ? consultation.data.title : null);
  const matrix = useCommentMatrix(consultationId);
  return (
    <main id="content" className="page overview-page" tabIndex={-1}>
      <header className="page-header">
        <h1>{t("overview.heading")}</h1>
        {consultation.status === "done" && <p dir="auto">{consultation.data.title}</p>}
        <Link href={reportPath(consultationId)}>{t("versions.backToReport")}</Link>
        <span className="page-refresh">
          <button type="button" onClick={matrix.refresh} aria-busy={matrix.loading}>
            {t("overview.refresh")}
          </button>
          <span role="status">{matrix.loadedAt && !matrix.loading ? t("overview.updatedAt", { time: matrix.loadedAt.toLocaleTimeString(locale) }) : matrix.loading ? t("common.loading") : null}</span>
        </span>
      </header>
      {matrix.error && <p role="alert">{t("overview.loadFailed", { message: matrix.error.message })}</p>}
      {matrix.data && <CoalitionOverview matrix={matrix.data} />}
    </main>
  );
}
