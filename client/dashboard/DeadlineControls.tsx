import { useRef, useState } from "react";
import type { ConsultationStatus } from "../../shared/api/submissions";
import { updateConsultation } from "../api/submissions";
import { useI18n } from "../i18n/useI18n";
import { ConfirmButton } from "../components/ConfirmButton";
import { DeadlineForm } from "./DeadlineForm";
import { deadlineWhen } from "./describeDeadline";
import type { RunAction } from "./useDashboardAction";

interface DeadlineControlsProps {
  consultationId: string;
  status: ConsultationStatus;
  run: RunAction;
}

/** Change the consultation's deadline; set, change or remove the coalition's internal deadline. */
export function DeadlineControls({ consultationId, status, run }: DeadlineControlsProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<"deadline" | "internal" | null>(null);
  const deadlineButton = useRef<HTMLButtonElement>(null);
  const internalButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    const opener = editing === "deadline" ? deadlineButton : internalButton;
    setEditing(null);
    // The opening button is back in the page on the next render.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const internal = status.internalDeadline;

  if (editing === "deadline") {
    return (
      <DeadlineForm
        legend={t("dashboard.changeDeadline")}
        initial={status.deadline}
        submitLabel={t("dashboard.saveDeadline")}
        confirmLabel={t("dashboard.confirmMove")}
        question={(deadline) => t("dashboard.confirmDeadline", { when: deadlineWhen(deadline, locale, t) })}
        onCancel={close}
        onConfirm={async (deadline) => {
          const { local, timeZone } = deadline;
          const done = await run(() => updateConsultation(consultationId, { deadline: { local, timeZone } }), t("dashboard.deadlineChanged", { when: deadlineWhen(deadline, locale, t) }));
          if (done) {
            close();
          }
          return done;
        }}
      />
    );
  }
  if (editing === "internal") {
    return (
      <DeadlineForm
        legend={internal ? t("dashboard.changeInternal") : t("dashboard.setInternal")}
        initial={internal ?? status.deadline}
        submitLabel={t("dashboard.saveDeadline")}
        confirmLabel={t("dashboard.confirmSet")}
        question={(deadline) => t("dashboard.confirmInternal", { when: deadlineWhen(deadline, locale, t) })}
        onCancel={close}
        onConfirm={async (deadline) => {
          const { local, timeZone } = deadline;
          const done = await run(() => updateConsultation(consultationId, { internalDeadline: { local, timeZone } }), t("dashboard.internalChanged", { when: deadlineWhen(deadline, locale, t) }));
          if (done) {
            close();
          }
          return done;
        }}
      />
    );
  }
  return (
    <div className="dashboard-buttons">
      <button type="button" ref={deadlineButton} onClick={() => setEditing("deadline")}>
        {t("dashboard.changeDeadline")}
      </button>
      <button type="button" ref={internalButton} onClick={() => setEditing("internal")}>
        {internal ? t("dashboard.changeInternal") : t("dashboard.setInternal")}
      </button>
      {internal && (
        <ConfirmButton
          label={t("dashboard.removeInternal")}
          question={t("dashboard.confirmRemoveInternal")}
          confirmLabel={t("dashboard.confirmRemove")}
          onConfirm={() => run(() => updateConsultation(consultationId, { internalDeadline: null }), t("dashboard.internalRemoved"))}
        />
      )}
    </div>
  );
}
