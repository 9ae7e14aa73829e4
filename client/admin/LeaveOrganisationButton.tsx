import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/useI18n";

interface LeaveOrganisationButtonProps {
  personName: string;
  organisationName: string;
  /** Takes the membership away; resolves once the server answered. */
  leave(): Promise<void>;
}

/**
 * "Remove from <organisation>", then an inline confirmation: leaving closes the person's open
 * submission (and the report, when it was their only access) at once. Focus goes to Cancel, so
 * Enter alone never removes anyone.
 */
export function LeaveOrganisationButton({ personName, organisationName, leave }: LeaveOrganisationButtonProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  const labelId = useId();

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
    await leave();
    setBusy(false);
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button type="button" ref={open} onClick={() => setConfirming(true)}>
        {t("admin.leave", { organisation: organisationName })}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={labelId}>
      <p id={labelId} dir="auto">
        {t("admin.leaveConfirm", { name: personName, organisation: organisationName })}
      </p>
      <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
        {t("admin.removeConfirmButton")}
      </button>
      <button type="button" ref={cancel} onClick={close}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
