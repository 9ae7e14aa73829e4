import type { ConsultationStatus } from "../../shared/api/submissions";
import { useI18n } from "../i18n/useI18n";
import { describeDeadline, deadlineWhen, relativeToNow, yourTime } from "./describeDeadline";
import { submittedCount } from "./submissionStatusLabel";

/** The consultation's state, its deadline and internal deadline on the server's clock, and how many have submitted. */
export function DeadlineSummary({ status, now }: { status: ConsultationStatus; now: Date }) {
  const { t, locale } = useI18n();
  const internal = status.internalDeadline;
  return (
    <dl className="dashboard-summary">
      <div>
        <dt>{t("dashboard.state")}</dt>
        <dd>
          <span className="state-badge" data-state={status.state}>
            {t(`state.${status.state}`)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t("dashboard.deadline")}</dt>
        <dd className="dashboard-deadline">{describeDeadline(status.deadline, status.state === "closed", now, locale, t)}</dd>
      </div>
      <div>
        <dt>{t("dashboard.internalDeadline")}</dt>
        <dd className="dashboard-internal">
          {internal
            ? t("dashboard.internalDue", { when: deadlineWhen(internal, locale, t), yours: yourTime(internal, locale), relative: relativeToNow(internal, now, locale, t) })
            : t("dashboard.none")}
        </dd>
      </div>
      <div>
        <dt>{t("dashboard.submissions")}</dt>
        <dd className="dashboard-count">{t("dashboard.submittedOf", { count: submittedCount(status.organisations), total: status.organisations.length })}</dd>
      </div>
    </dl>
  );
}
