import { Component, type ReactNode } from "react";
import { useI18n } from "../i18n/useI18n";

interface State {
  failed: boolean;
}

/**
 * Catches a page that fails to render, above all one whose code can no longer be fetched (the
 * server was updated while the tab stayed open, so the old file names are gone), and offers a
 * reload instead of a blank window. Keyed by path in the app frame, so moving on starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useI18n();
  return (
    <main id="content" className="page" tabIndex={-1}>
      <p role="alert">{t("app.pageFailed")}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t("app.reload")}
      </button>
    </main>
  );
}
