import { useEffect, useRef, useState } from "react";
import type { Person } from "../../shared/api/people";
import { removePerson } from "../api/people";
import { describeError } from "../app/describeError";
import { useI18n } from "../i18n/useI18n";

interface RemovePersonButtonProps {
  person: Person;
  announce(text: string): void;
  fail(text: string): void;
  onRemoved(): void;
}

/** "Remove from Parley", then an inline confirmation; focus goes to Cancel so Enter alone never removes anyone. */
export function RemovePersonButton({ person, announce, fail, onRemoved }: RemovePersonButtonProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);

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

  const remove = async () => {
    setBusy(true);
    try {
      await removePerson(person.id);
      announce(t("admin.removedPerson", { name: person.name }));
      onRemoved();
    } catch (caught) {
      fail(describeError(caught, t));
      setBusy(false);
      setConfirming(false);
    }
  };

  if (!confirming) {
    return (
      <button type="button" ref={open} className="danger" onClick={() => setConfirming(true)}>
        {t("admin.remove")}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`confirm-${person.id}`}>
      <p id={`confirm-${person.id}`}>{t("admin.removeConfirm", { name: person.name })}</p>
      <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
        {t("admin.removeConfirmButton")}
      </button>
      <button type="button" ref={cancel} onClick={close}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
