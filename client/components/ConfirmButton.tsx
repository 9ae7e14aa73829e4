import { useRef, useState } from "react";
import { ConfirmStep } from "./ConfirmStep";

interface ConfirmButtonProps {
  label: string;
  /** A fuller name for screen readers when several such buttons share a label. */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  className?: string;
  /** The confirmation box's class (see `ConfirmStep`). */
  stepClassName?: string;
  /** The confirming button is styled as dangerous. */
  danger?: boolean;
  /** Resolves when done; the caller announces the outcome. */
  onConfirm(): Promise<unknown>;
}

/** A button whose action waits for a confirmation; focus returns to the button, if it is still there, once it is done or cancelled. */
export function ConfirmButton({ label, ariaLabel, question, confirmLabel, className, stepClassName, danger, onConfirm }: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const open = useRef<HTMLButtonElement>(null);
  const close = () => {
    setConfirming(false);
    requestAnimationFrame(() => open.current?.focus());
  };
  if (confirming) {
    return (
      <ConfirmStep
        question={question}
        confirmLabel={confirmLabel}
        className={stepClassName}
        danger={danger}
        onCancel={close}
        onConfirm={async () => {
          await onConfirm();
          close();
        }}
      />
    );
  }
  return (
    <button type="button" ref={open} className={className} aria-label={ariaLabel} onClick={() => setConfirming(true)}>
      {label}
    </button>
  );
}
