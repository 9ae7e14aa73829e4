import type { OrganisationStatus } from "../../shared/api/submissions";
import type { Deadline } from "../../shared/deadline";
import { extendDeadline } from "../api/submissions";
import { useI18n } from "../i18n/useI18n";
import { DeadlineForm } from "./DeadlineForm";
import { deadlineWhen } from "./describeDeadline";
import { dayLater } from "./previewDeadline";
import type { RunAction } from "./useDashboardAction";

interface ExtensionFormProps {
  consultationId: string;
  status: OrganisationStatus;
  consultationDeadline: Deadline;
  run: RunAction;
  onClose(): void;
}

/** A later deadline for one organisation, starting a day after the consultation's; it must end after the consultation's own. */
export function ExtensionForm({ consultationId, status, consultationDeadline, run, onClose }: ExtensionFormProps) {
  const { t, locale } = useI18n();
  const organisation = status.organisation.name;
  return (
    <DeadlineForm
      legend={t("dashboard.extendFor", { organisation })}
      initial={status.extended ? status.deadline : { local: dayLater(consultationDeadline.local), timeZone: consultationDeadline.timeZone }}
      submitLabel={t("dashboard.saveDeadline")}
      confirmLabel={t("dashboard.confirmExtend")}
      check={(deadline) => (Date.parse(deadline.utc) > Date.parse(consultationDeadline.utc) ? null : t("dashboard.extensionTooEarly"))}
      question={(deadline) => t("dashboard.confirmExtension", { organisation, when: deadlineWhen(deadline, locale, t) })}
      onCancel={onClose}
      onConfirm={async (deadline) => {
        const { local, timeZone } = deadline;
        const success = t("dashboard.extended", { organisation, when: deadlineWhen(deadline, locale, t) });
        const done = await run(() => extendDeadline(consultationId, status.organisation.id, { deadline: { local, timeZone } }), success);
        if (done) {
          onClose();
        }
        return done;
      }}
    />
  );
}
