import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/useI18n";

interface ConfirmStepProps {
  question: string;
  confirmLabel: string;
  /** Resolves when done; the caller announces the outcome. */
  onConfirm(): Promise<unknown>;
  onCancel(): void;
  /** The box's class: the dashboard's look unless told. */
  className?: string;
  /** Styles the confirming button as dangerous (removing someone) rather than primary. */
  danger?: boolean;
}

/** "Move the deadline to …?" with Yes and Cancel; focus starts on Cancel so Enter alone never confirms. */
export function ConfirmStep({ question, confirmLabel, onConfirm, onCancel, className = "dashboard-confirm", danger = false }: ConfirmStepProps) {
  const { t } = useI18n();
  const questionId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => cancel.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={className} role="group" aria-labelledby={questionId}>
      <p id={questionId} dir="auto">
        {question}
      </p>
      <button type="button" className={danger ? "danger" : "primary"} disabled={busy} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" ref={cancel} disabled={busy} onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
