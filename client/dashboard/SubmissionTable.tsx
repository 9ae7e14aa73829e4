import type { ConsultationStatus } from "../../shared/api/submissions";
import { useI18n } from "../i18n/useI18n";
import { SubmissionRow } from "./SubmissionRow";
import type { RunAction } from "./useDashboardAction";

interface SubmissionTableProps {
  consultationId: string;
  status: ConsultationStatus;
  manage: boolean;
  run: RunAction;
}

/** Organisations by row; the table scrolls inside its own box on narrow screens and takes the keyboard. */
export function SubmissionTable({ consultationId, status, manage, run }: SubmissionTableProps) {
  const { t } = useI18n();
  const columns = [
    t("dashboard.column.submission"),
    t("dashboard.column.deadline"),
    t("dashboard.column.stage"),
    t("dashboard.column.comments"),
    t("dashboard.column.lastActivity"),
    t("dashboard.column.files"),
    ...(manage ? [t("common.actions")] : []),
  ];
  return (
    <div className="dashboard-table-box" role="region" aria-label={t("dashboard.caption")} tabIndex={0}>
      <table className="dashboard-table">
        <caption>{t("dashboard.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.column.organisation")}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {status.organisations.map((organisation) => (
            <SubmissionRow key={organisation.organisation.id} consultationId={consultationId} status={organisation} consultationDeadline={status.deadline} manage={manage} run={run} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
