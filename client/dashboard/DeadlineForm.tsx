import { useId, useState, type FormEvent } from "react";
import type { DeadlineInput } from "../../shared/api/submissions";
import type { Deadline } from "../../shared/deadline";
import { Field } from "../components/Field";
import { formatDateTime } from "../i18n/formatDateTime";
import { useI18n } from "../i18n/useI18n";
import { ConfirmStep } from "../components/ConfirmStep";
import { previewDeadline, timeZoneChoices, utcLabel } from "./previewDeadline";

const ZONES = timeZoneChoices();

interface DeadlineFormProps {
  legend: string;
  initial: DeadlineInput;
  submitLabel: string;
  confirmLabel: string;
  /** The confirmation question for the deadline entered. */
  question(deadline: Deadline): string;
  /** Why this deadline will not do, or null. */
  check?(deadline: Deadline): string | null;
  /** Resolves to true when the change was made; false leaves the form open. */
  onConfirm(deadline: Deadline): Promise<boolean>;
  onCancel(): void;
}

/**
 * A deadline as people state it: a local date-time and an IANA zone, with the instant it makes
 * in UTC and on the reader's clock shown as they type; saving asks for confirmation first.
 */
export function DeadlineForm({ legend, initial, submitLabel, confirmLabel, question, check, onConfirm, onCancel }: DeadlineFormProps) {
  const { t, locale } = useI18n();
  const zonesId = useId();
  const [local, setLocal] = useState(initial.local);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [pending, setPending] = useState<Deadline | null>(null);
  const deadline = previewDeadline(local, timeZone);
  const problem = deadline && check ? check(deadline) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (deadline && !problem) {
      setPending(deadline);
    }
  };

  return (
    <form className="dashboard-deadline-form" onSubmit={submit}>
      <fieldset disabled={pending !== null}>
        <legend>{legend}</legend>
        <Field label={t("dashboard.localDateTime")}>{(id) => <input id={id} type="datetime-local" required value={local} onChange={(event) => setLocal(event.target.value)} />}</Field>
        <Field label={t("dashboard.timeZone")}>
          {(id) => (
            <input id={id} list={zonesId} required dir="ltr" spellCheck={false} autoComplete="off" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} />
          )}
        </Field>
        <datalist id={zonesId}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p className="dashboard-preview" aria-live="polite">
          {deadline ? t("dashboard.preview", { utc: utcLabel(deadline), yours: formatDateTime(deadline.utc, locale) }) : t("dashboard.previewInvalid")}
        </p>
        {problem && <p className="form-error">{problem}</p>}
        <div className="dashboard-buttons">
          <button type="submit" className="primary" disabled={!deadline || problem !== null}>
            {submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        </div>
      </fieldset>
      {pending && (
        <ConfirmStep
          question={question(pending)}
          confirmLabel={confirmLabel}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            if (!(await onConfirm(pending))) {
              setPending(null);
            }
          }}
        />
      )}
    </form>
  );
}
