import { lazy, Suspense, useEffect, useRef } from "react";
import { can } from "../../shared/permissions";
import { Link } from "../components/Link";
import { LanguageOptions } from "../i18n/LanguageOptions";
import { isLocale } from "../i18n/locales";
import { useI18n } from "../i18n/useI18n";
import { ConsultationsPage } from "./ConsultationsPage";
import { NoAccessPage } from "./NoAccessPage";
import { PageErrorBoundary } from "./PageErrorBoundary";
import { parseRoute, usePathname, type Route } from "./router";
import { SignInPage } from "./SignInPage";
import { usePageTitle } from "./usePageTitle";
import { useSession } from "./useSession";
import { WelcomePage } from "./WelcomePage";

// Pages other than the list and sign-in load on first visit, so that the first screen does not
// wait for the editor (Tiptap, ProseMirror, Yjs) or for coordinator tools a member never opens.
const loadReportPage = () => import("./ReportPage");
const ReportPage = lazy(() => loadReportPage().then((module) => ({ default: module.ReportPage })));
const VersionsPage = lazy(() => import("../versions/VersionsPage").then((module) => ({ default: module.VersionsPage })));
const OverviewPage = lazy(() => import("../overview/OverviewPage").then((module) => ({ default: module.OverviewPage })));
const DashboardPage = lazy(() => import("../dashboard/DashboardPage").then((module) => ({ default: module.DashboardPage })));
const ReceiptPage = lazy(() => import("../submissions/ReceiptPage").then((module) => ({ default: module.ReceiptPage })));
const PeoplePage = lazy(() => import("../admin/PeoplePage").then((module) => ({ default: module.PeoplePage })));
const AuditPage = lazy(() => import("../audit/AuditPage").then((module) => ({ default: module.AuditPage })));
const AccountPage = lazy(() => import("../account/AccountPage").then((module) => ({ default: module.AccountPage })));

/** After sign-in, how long the app waits before fetching the report editor in the background. */
const PREFETCH_REPORT_AFTER_MS = 1_000;

/** The frame around every page: skip link, header with navigation, language and account, then the page. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const { state, signOut } = useSession();
  const pathname = usePathname();
  const route = parseRoute(pathname);
  useFocusOnNavigation(pathname);
  const signedIn = state.status === "signedIn";
  useEffect(() => {
    if (!signedIn) {
      return;
    }
    // Most visits go on to a report: have its code ready by then.
    // A failed prefetch is not an error yet: opening a report tries again and reports it.
    const timer = window.setTimeout(() => loadReportPage().catch(() => undefined), PREFETCH_REPORT_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [signedIn]);
  return (
    <>
      <a className="skip-link" href="#content">
        {t("app.skipToContent")}
      </a>
      <header className="app-header">
        <Link href="/" className="app-name">
          {t("app.name")}
        </Link>
        {state.status === "signedIn" && (
          <nav aria-label={t("nav.main")} className="main-nav">
            <Link href="/">{t("nav.consultations")}</Link>
            {can(state.viewer, "people.manage") && <Link href="/people">{t("nav.people")}</Link>}
            {can(state.viewer, "audit.read") && <Link href="/audit">{t("nav.audit")}</Link>}
          </nav>
        )}
        <div className="header-end">
          {state.status === "signedIn" && (
            <span className="account">
              <Link href="/account" dir="auto">
                {t("auth.signedInAs", { name: state.person.name })}
              </Link>
              <button type="button" onClick={() => void signOut()}>
                {t("auth.signOut")}
              </button>
            </span>
          )}
          <label className="language-picker">
            <span>{t("app.language")}</span>
            <select value={locale} onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}>
              <LanguageOptions />
            </select>
          </label>
        </div>
      </header>
      <PageErrorBoundary key={pathname}>
        <Suspense fallback={<PageLoading />}>
          <Page route={route} />
        </Suspense>
      </PageErrorBoundary>
    </>
  );
}

function Page({ route }: { route: Route }) {
  const { t } = useI18n();
  const { state } = useSession();
  if (route.page === "welcome") {
    return <WelcomePage token={route.token} />;
  }
  if (state.status === "loading") {
    return (
      <main id="content" className="page" tabIndex={-1}>
        <p role="status">{t("report.loading")}</p>
      </main>
    );
  }
  if (state.status === "failed") {
    return (
      <main id="content" className="page" tabIndex={-1}>
        <p role="alert">{t("consultations.loadFailed", { message: state.error.message })}</p>
      </main>
    );
  }
  if (state.status === "signedOut") {
    return <SignInPage />;
  }
  switch (route.page) {
    case "consultations":
      return <ConsultationsPage />;
    case "report":
      return <ReportPage key={route.consultationId} consultationId={route.consultationId} person={state.person} viewer={state.viewer} />;
    case "people":
      return can(state.viewer, "people.manage") ? <PeoplePage /> : <NoAccessPage />;
    case "audit":
      return can(state.viewer, "audit.read") ? <AuditPage viewer={state.viewer} /> : <NoAccessPage />;
    case "account":
      return <AccountPage key={state.person.id} person={state.person} viewer={state.viewer} />;
    case "versions":
      return <VersionsPage key={route.consultationId} consultationId={route.consultationId} viewer={state.viewer} />;
    case "overview":
      return can(state.viewer, "submissions.overview") ? <OverviewPage key={route.consultationId} consultationId={route.consultationId} /> : <NoAccessPage />;
    case "receipt":
      return <ReceiptPage key={`${route.organisationId}:${route.submissionId}`} consultationId={route.consultationId} organisationId={route.organisationId} submissionId={route.submissionId} />;
    case "dashboard":
      return can(state.viewer, "submissions.overview") ? <DashboardPage key={route.consultationId} consultationId={route.consultationId} viewer={state.viewer} /> : <NoAccessPage />;
    case "notFound":
      return <NotFoundPage />;
  }
}

/** Shown while a page's code arrives. */
function PageLoading() {
  const { t } = useI18n();
  return (
    <main id="content" className="page" tabIndex={-1}>
      <p role="status">{t("common.loading")}</p>
    </main>
  );
}

function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t("app.pageNotFound"));
  return (
    <main id="content" className="page" tabIndex={-1}>
      <p role="alert">{t("app.pageNotFound")}</p>
    </main>
  );
}

/**
 * After moving to another page inside the app (not on the first load), puts the keyboard and
 * screen reader focus at the start of the new page's content, as a full page load would, instead
 * of leaving it on a link that may no longer exist.
 */
function useFocusOnNavigation(pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) {
      return;
    }
    previous.current = pathname;
    return focusContentWhileLoading();
  }, [pathname]);
}

/** How long a page may take to replace its loading state and still get the focus back. */
const LOADING_FOCUS_MS = 10_000;

/**
 * Focuses the page's content now, and again whenever the page replaces it (a loading state giving
 * way to the loaded page drops the focus to the body), until the person moves the focus themselves.
 */
function focusContentWhileLoading(): () => void {
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (active && active !== document.body) {
      if (active.id !== "content") {
        stop();
      }
      return;
    }
    document.getElementById("content")?.focus();
  });
  const timer = window.setTimeout(() => stop(), LOADING_FOCUS_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  document.getElementById("content")?.focus();
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
