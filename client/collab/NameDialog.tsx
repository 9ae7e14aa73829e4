import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useI18n } from "../i18n/useI18n";

interface NameDialogProps {
  initialName: string;
  /** Null when the person must give a name before going on (no cancel). */
  onCancel: (() => void) | null;
  onSubmit: (name: string) => void;
}

/** Asks for the name shown to co-authors; a modal dialog, so focus stays in it and Escape cancels. */
export function NameDialog({ initialName, onCancel, onSubmit }: NameDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initialName);
  const titleId = useId();
  const helpId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) {
      onSubmit(name);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="name-dialog"
      aria-labelledby={titleId}
      aria-describedby={helpId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{t("identity.title")}</h2>
        <p id={helpId}>{t("identity.help")}</p>
        <label>
          {t("identity.label")}
          <input autoFocus required maxLength={60} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <div className="dialog-actions">
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t("identity.cancel")}
            </button>
          )}
          <button type="submit" className="primary">
            {t("identity.submit")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
