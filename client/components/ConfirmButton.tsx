import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/useI18n";

interface ConfirmButtonProps {
  /** The button that asks first. */
  label: ReactNode;
  /** The question shown once it is pressed. */
  question: ReactNode;
  /** The button that does it. */
  confirmLabel: ReactNode;
  /** Styles the first button as dangerous too (the confirming one always is). */
  danger?: boolean;
  /** Does it; resolves once done. The confirmation closes when it resolves, stays busy until then. */
  onConfirm(): Promise<void>;
}

/**
 * A button that asks before it acts: pressed, it shows the question with the confirming button
 * and Cancel in its place. Focus goes to Cancel, so Enter alone never confirms, and back to the
 * button when the question closes.
 */
export function ConfirmButton({ label, question, confirmLabel, danger = false, onConfirm }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (confirming) {
      cancel.current?.focus();
    }
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    // The opening button is back in the page on the next render.
    requestAnimationFrame(() => open.current?.focus());
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (!confirming) {
    return (
      <button type="button" ref={open} className={danger ? "danger" : undefined} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} dir="auto">
        {question}
      </p>
      <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" ref={cancel} onClick={close}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
