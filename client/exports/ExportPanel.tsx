import type { Consultation } from "../../shared/api/consultations";
import { can, documentAccess, organisationRole, type Viewer } from "../../shared/permissions";
import { useI18n } from "../i18n/useI18n";
import { CoalitionExport } from "./CoalitionExport";
import { PackageExport } from "./PackageExport";
import { PackageImport } from "./PackageImport";
import { ReportImport } from "./ReportImport";
import "./exports.css";

/**
 * "Export" on the report page: the organisation's package for its members (every organisation's
 * for coordinators), the coalition package and the report import for coordinators, and a JSON
 * package's import into a submission for coordinators and the organisation's lead.
 */
export function ExportPanel({ consultation, viewer }: { consultation: Consultation; viewer: Viewer }) {
  const { t } = useI18n();
  const organisations = consultation.organisations.filter(
    (organisation) => documentAccess(viewer, { kind: "submission", consultationId: consultation.id, organisationId: organisation.id }) !== "none",
  );
  const coalition = can(viewer, "exports.all");
  const importing = can(viewer, "consultations.manage");
  // Coordinators import a package into any organisation's submission, a lead into their own.
  const importable = importing ? consultation.organisations : consultation.organisations.filter((organisation) => organisationRole(viewer, organisation.id) === "lead");
  if (organisations.length === 0 && !coalition && !importing) {
    return null;
  }
  return (
    <details className="export-panel">
      <summary>{importing || importable.length > 0 ? t("exports.openWithImport") : t("exports.open")}</summary>
      <div className="export-panel-body">
        {organisations.length > 0 && <PackageExport consultationId={consultation.id} organisations={organisations} />}
        {coalition && <CoalitionExport consultationId={consultation.id} />}
        {importable.length > 0 && <PackageImport consultationId={consultation.id} organisations={importable} />}
        {importing && <ReportImport consultationId={consultation.id} organisations={consultation.organisations} />}
      </div>
    </details>
  );
}
