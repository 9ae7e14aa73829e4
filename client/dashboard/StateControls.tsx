import { useState } from "react";
import type { ConsultationStatus } from "../../shared/api/submissions";
import { updateConsultation } from "../api/submissions";
import { useI18n } from "../i18n/useI18n";
import { ConfirmButton } from "../components/ConfirmButton";
import { DeadlineForm } from "./DeadlineForm";
import { deadlineWhen, hasPassed } from "./describeDeadline";
import type { RunAction } from "./useDashboardAction";

interface StateControlsProps {
  consultationId: string;
  status: ConsultationStatus;
  /** The server's time. */
  now: Date;
  run: RunAction;
}

/** Close early while open; open or reopen otherwise, asking for a new deadline when the old one has passed. */
export function StateControls({ consultationId, status, now, run }: StateControlsProps) {
  const { t, locale } = useI18n();
  const [choosing, setChoosing] = useState(false);
  const when = deadlineWhen(status.deadline, locale, t);
  const openLabel = status.state === "preparing" ? t("dashboard.open") : t("dashboard.reopen");

  if (status.state === "open") {
    return (
      <ConfirmButton
        label={t("dashboard.closeEarly")}
        className="danger"
        question={t("dashboard.confirmClose")}
        confirmLabel={t("dashboard.confirmCloseYes")}
        onConfirm={() => run(() => updateConsultation(consultationId, { state: "closed" }), t("dashboard.closedNow"))}
      />
    );
  }
  if (!hasPassed(status.deadline, now)) {
    return (
      <ConfirmButton
        label={openLabel}
        question={t("dashboard.confirmReopen", { when })}
        confirmLabel={t("dashboard.confirmReopenYes")}
        onConfirm={() => run(() => updateConsultation(consultationId, { state: "open" }), t("dashboard.reopened", { when }))}
      />
    );
  }
  if (!choosing) {
    return (
      <button type="button" onClick={() => setChoosing(true)}>
        {t("dashboard.reopenWithDeadline")}
      </button>
    );
  }
  return (
    <DeadlineForm
      legend={t("dashboard.reopenWithDeadline")}
      initial={status.deadline}
      submitLabel={openLabel}
      confirmLabel={t("dashboard.confirmReopenYes")}
      check={(deadline) => (hasPassed(deadline, now) ? t("dashboard.mustBeFuture") : null)}
      question={(deadline) => t("dashboard.confirmReopen", { when: deadlineWhen(deadline, locale, t) })}
      onCancel={() => setChoosing(false)}
      onConfirm={async (deadline) => {
        const { local, timeZone } = deadline;
        const done = await run(() => updateConsultation(consultationId, { state: "open", deadline: { local, timeZone } }), t("dashboard.reopened", { when: deadlineWhen(deadline, locale, t) }));
        if (done) {
          setChoosing(false);
        }
        return done;
      }}
    />
  );
}
