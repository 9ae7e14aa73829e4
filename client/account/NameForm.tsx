import { useState, type FormEvent } from "react";
import type { Person } from "../../shared/api/people";
import { updateMe } from "../api/account";
import { describeError } from "../app/describeError";
import { useSession } from "../app/useSession";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { useI18n } from "../i18n/useI18n";

/** Changes the display name; the header shows the new one at once. */
export function NameForm({ person }: { person: Person }) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [name, setName] = useState(person.name);
  const [busy, setBusy] = useState(false);
  const { value, announce, fail } = useAnnouncement();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { person: updated } = await updateMe({ name });
      signedIn(updated);
      announce(t("account.nameSaved"));
    } catch (caught) {
      fail(describeError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form admin-form" onSubmit={(event) => void submit(event)}>
      <label>
        {t("account.name")}
        <input required maxLength={80} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" disabled={busy || name.trim() === ""}>
        {t("account.saveName")}
      </button>
      <Announcement value={value} />
    </form>
  );
}
