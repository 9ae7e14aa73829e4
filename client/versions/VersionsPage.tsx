import { useState } from "react";
import type { Consultation } from "../../shared/api/consultations";
import type { Version, VersionContent, VersionDiff } from "../../shared/api/versions";
import { parseDocumentName } from "../../shared/collab/documentNames";
import { canSeeCoalition, documentAccess, type Viewer } from "../../shared/permissions";
import { getConsultation } from "../api/consultations";
import { useApi } from "../api/useApi";
import { getDiff, getVersion, getVersions, restoreVersion } from "../api/versions";
import { reportPath } from "../app/router";
import { Link } from "../components/Link";
import { useI18n } from "../i18n/useI18n";
import { ComparePicker, type Comparison } from "./ComparePicker";
import { DiffView } from "./DiffView";
import { SaveVersionForm } from "./SaveVersionForm";
import { SubmissionCompare } from "./SubmissionCompare";
import { versionName } from "./versionLabel";
import { VersionHistory } from "./VersionHistory";
import { VersionView } from "./VersionView";
import "./versions.css";
import { usePageTitle } from "../app/usePageTitle";

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `/consultations/<id>/versions`: a report's history, saving, read-only views, restores and diffs. */
export function VersionsPage({ consultationId, viewer }: { consultationId: string; viewer: Viewer }) {
  const { t } = useI18n();
  const consultation = useApi(`consultation:${consultationId}`, () => getConsultation(consultationId));
  usePageTitle(t("versions.heading"), consultation.status === "done" ? consultation.data.title : null);
  if (consultation.status !== "done") {
    return (
      <main id="content" className="page" tabIndex={-1}>
        {consultation.status === "loading" ? (
          <p role="status">{t("versions.loading")}</p>
        ) : (
          <p role="alert">{t("versions.loadFailed", { message: consultation.error.message })}</p>
        )}
      </main>
    );
  }
  return <Versions consultation={consultation.data} viewer={viewer} />;
}

type Panel =
  | { kind: "none" }
  | { kind: "loading" }
  | { kind: "failed"; message: string; what: "version" | "diff" }
  | { kind: "version"; data: VersionContent }
  | { kind: "diff"; data: VersionDiff; fromName: string; toName: string; comparison: Comparison };

function Versions({ consultation, viewer }: { consultation: Consultation; viewer: Viewer }) {
  const { t } = useI18n();
  const docName = consultation.reportDocument;
  const document = parseDocumentName(docName);
  const canWrite = document !== null && documentAccess(viewer, document) === "write";
  const withComments = canSeeCoalition(
    viewer,
    consultation.organisations.map((organisation) => organisation.id),
  );
  const [revision, setRevision] = useState(0);
  const versions = useApi(`versions:${docName}:${revision}`, () => getVersions(docName));
  const [panel, setPanel] = useState<Panel>({ kind: "none" });
  const [notice, setNotice] = useState<string | null>(null);

  const show = <T,>(what: "version" | "diff", load: Promise<T>, done: (data: T) => Panel) => {
    setPanel({ kind: "loading" });
    load.then(
      (data) => setPanel(done(data)),
      (error: unknown) => setPanel({ kind: "failed", message: errorMessage(error), what }),
    );
  };
  const nameOf = (ref: Comparison["from"]) => {
    const found = versions.status === "done" ? versions.data.versions.find((version) => version.id === ref) : undefined;
    return ref === "current" || !found ? t("versions.now") : versionName(found, t);
  };
  const compare = ({ from, to }: Comparison) =>
    show("diff", getDiff(docName, from, to), (data) => ({ kind: "diff", data, fromName: nameOf(from), toName: nameOf(to), comparison: { from, to } }));
  const restore = (version: Version) => {
    setNotice(null);
    restoreVersion(docName, version.id).then(
      () => {
        setNotice(t("versions.restored", { name: versionName(version, t) }));
        setRevision((value) => value + 1);
      },
      (error: unknown) => setNotice(t("versions.restoreFailed", { message: errorMessage(error) })),
    );
  };

  return (
    <main id="content" className="page versions-page" tabIndex={-1}>
      <header className="versions-header">
        <h1 dir="auto">{t("versions.heading")}</h1>
        <p dir="auto">{consultation.title}</p>
        <Link href={reportPath(consultation.id)}>{t("versions.backToReport")}</Link>
      </header>
      <p role="status" className="versions-notice">
        {notice}
      </p>
      <div className="versions-columns">
        <section className="versions-history" aria-labelledby="history-heading">
          <h2 id="history-heading">{t("versions.history")}</h2>
          {versions.status === "loading" && <p role="status">{t("versions.loading")}</p>}
          {versions.status === "failed" && <p role="alert">{t("versions.loadFailed", { message: versions.error.message })}</p>}
          {versions.status === "done" && (
            <VersionHistory
              versions={versions.data.versions}
              canRestore={canWrite}
              onOpen={(version) => show("version", getVersion(docName, version.id), (data) => ({ kind: "version", data }))}
              onRestore={restore}
            />
          )}
          {canWrite && (
            <SaveVersionForm
              docName={docName}
              onSaved={(version) => {
                setNotice(t("versions.saved", { name: versionName(version, t) }));
                setRevision((value) => value + 1);
              }}
            />
          )}
          {versions.status === "done" && versions.data.versions.length > 0 && <ComparePicker versions={versions.data.versions} onCompare={compare} />}
          {withComments && <SubmissionCompare consultation={consultation} viewer={viewer} />}
        </section>
        <div className="versions-panel">
          {panel.kind === "loading" && <p role="status">{t("diff.loading")}</p>}
          {panel.kind === "failed" && <p role="alert">{t(panel.what === "diff" ? "diff.failed" : "versions.loadFailed", { message: panel.message })}</p>}
          {panel.kind === "version" && <VersionView data={panel.data} onClose={() => setPanel({ kind: "none" })} />}
          {panel.kind === "diff" && (
            <DiffView
              result={panel.data}
              fromName={panel.fromName}
              toName={panel.toName}
              docName={docName}
              {...panel.comparison}
              withComments={withComments}
            />
          )}
        </div>
      </div>
    </main>
  );
}
