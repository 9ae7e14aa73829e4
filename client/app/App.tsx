import { Link } from "../components/Link";
import { LOCALES, isLocale } from "../i18n/locales";
import { useI18n } from "../i18n/useI18n";
import { ConsultationsPage } from "./ConsultationsPage";
import { ReportPage } from "./ReportPage";
import { parseRoute, usePathname } from "./router";

/** The frame around every page: skip link, header with navigation and language, then the page. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const route = parseRoute(usePathname());
  return (
    <>
      <a className="skip-link" href="#content">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <Link href="/" className="app-name">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.consultations")}>
          <Link href="/">{t("nav.consultations")}</Link>
        </nav>
        <label className="language-picker">
          <span>{t("app.language")}</span>
          <select value={locale} onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}>
            {Object.entries(LOCALES).map(([code, { label }]) => (
              <option key={code} value={code} lang={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {route.page === "consultations" && <ConsultationsPage />}
      {route.page === "report" && <ReportPage key={route.consultationId} consultationId={route.consultationId} />}
      {route.page === "notFound" && (
        <main id="content" className="page" tabIndex={-1}>
          <p role="alert">{t("app.pageNotFound")}</p>
        </main>
      )}
    </>
  );
}
