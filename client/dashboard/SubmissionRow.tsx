import { useRef, useState } from "react";
import type { OrganisationStatus } from "../../shared/api/submissions";
import type { Deadline } from "../../shared/deadline";
import { CommentKind } from "../../shared/submission/comment";
import { removeExtension } from "../api/submissions";
import { formatDateTime } from "../i18n/formatDateTime";
import { formatDeadline } from "../i18n/formatDeadline";
import { useI18n } from "../i18n/useI18n";
import { ConfirmButton } from "../components/ConfirmButton";
import { ExtensionForm } from "./ExtensionForm";
import { SubmissionFiles } from "./SubmissionFiles";
import { commentCountsLabel, isLate, submissionStatusLabel } from "./submissionStatusLabel";
import type { RunAction } from "./useDashboardAction";

export const DASHBOARD_COLUMNS = 8;

interface SubmissionRowProps {
  consultationId: string;
  status: OrganisationStatus;
  consultationDeadline: Deadline;
  /** Show the extension actions (coordinators who manage the consultation). */
  manage: boolean;
  run: RunAction;
}

/** One organisation: where its submission stands, its deadline, stage, comments, files, and its extension. */
export function SubmissionRow({ consultationId, status, consultationDeadline, manage, run }: SubmissionRowProps) {
  const { t, locale } = useI18n();
  const [extending, setExtending] = useState(false);
  const extendButton = useRef<HTMLButtonElement>(null);
  const closeExtension = () => {
    setExtending(false);
    extendButton.current?.focus();
  };
  const organisation = status.organisation.name;
  const counts = commentCountsLabel(status.commentCounts, CommentKind.options, t);
  return (
    <>
      <tr data-organisation-id={status.organisation.id} data-state={status.state}>
        <th scope="row" dir="auto">
          {organisation}
        </th>
        <td className="dashboard-state">{submissionStatusLabel(status, locale, t)}</td>
        <td>
          {status.extended && <span className="dashboard-badge">{t("dashboard.extendedBadge")}</span>}{" "}
          {isLate(status, consultationDeadline) && <span className="dashboard-badge" data-tone="late">{t("dashboard.late")}</span>}{" "}
          {status.extended ? t("dashboard.extendedUntil", { deadline: formatDeadline(status.deadline, locale, t) }) : <span className="muted">{t("dashboard.consultationDeadline")}</span>}
          {status.locked && <span className="dashboard-locked">{t("dashboard.locked")}</span>}
        </td>
        <td>{t(`dashboard.stage.${status.stage}`)}</td>
        <td className="dashboard-counts">{counts ?? <span className="muted">{t("dashboard.none")}</span>}</td>
        <td>{status.lastActivity ? formatDateTime(status.lastActivity, locale) : <span className="muted">{t("dashboard.none")}</span>}</td>
        <td>
          <SubmissionFiles consultationId={consultationId} status={status} />
        </td>
        {manage && (
          <td>
            <div className="dashboard-actions">
              <button type="button" ref={extendButton} aria-expanded={extending} aria-label={t("dashboard.extendFor", { organisation })} onClick={() => setExtending((open) => !open)}>
                {t("dashboard.extend")}
              </button>
              {status.extended && (
                <ConfirmButton
                  label={t("dashboard.removeExtension")}
                  ariaLabel={t("dashboard.removeExtensionFor", { organisation })}
                  question={t("dashboard.confirmRemoveExtension", { organisation })}
                  confirmLabel={t("dashboard.confirmRemove")}
                  onConfirm={() => run(() => removeExtension(consultationId, status.organisation.id), t("dashboard.extensionRemoved", { organisation }))}
                />
              )}
            </div>
          </td>
        )}
      </tr>
      {manage && extending && (
        <tr className="dashboard-extension-row">
          <td colSpan={DASHBOARD_COLUMNS}>
            <ExtensionForm consultationId={consultationId} status={status} consultationDeadline={consultationDeadline} run={run} onClose={closeExtension} />
          </td>
        </tr>
      )}
    </>
  );
}
