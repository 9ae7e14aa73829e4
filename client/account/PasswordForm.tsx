import { useState, type FormEvent } from "react";
import { changePassword } from "../api/account";
import { ApiError } from "../api/ApiError";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { useI18n } from "../i18n/useI18n";

const MIN_LENGTH = 10;

/** Current password, new password and the new one again; checked here first, then by the server. */
export function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const { value, announce, fail } = useAnnouncement();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < MIN_LENGTH) {
      fail(t("account.passwordTooShort", { count: MIN_LENGTH }));
      return;
    }
    if (next !== repeat) {
      fail(t("welcome.mismatch"));
      return;
    }
    setBusy(true);
    try {
      await changePassword({ currentPassword: current, newPassword: next });
      setCurrent("");
      setNext("");
      setRepeat("");
      announce(t("account.passwordChanged"));
    } catch (caught) {
      const wrongCurrent = caught instanceof ApiError && caught.code === "bad_request" && caught.message.startsWith("currentPassword");
      fail(wrongCurrent ? t("account.wrongPassword") : describeError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form admin-form" onSubmit={(event) => void submit(event)} noValidate>
      <label>
        {t("account.currentPassword")}
        <input type="password" required autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} />
      </label>
      <label>
        {t("account.newPassword")}
        <input type="password" required minLength={MIN_LENGTH} autoComplete="new-password" value={next} onChange={(event) => setNext(event.target.value)} />
      </label>
      <label>
        {t("account.repeatPassword")}
        <input type="password" required minLength={MIN_LENGTH} autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {t("account.changePassword")}
      </button>
      <Announcement value={value} />
    </form>
  );
}
