import { useState, type FormEvent } from "react";
import type { InvitationPreview } from "../../shared/api/auth";
import { acceptInvitation, getInvitation } from "../api/auth";
import { useApi } from "../api/useApi";
import { useI18n } from "../i18n/useI18n";
import { navigate } from "./router";
import { useSession } from "./useSession";
import { usePageTitle } from "./usePageTitle";

/** Where an invitation or a sign-in link lands: choose a name and a password, then go in. */
export function WelcomePage({ token }: { token: string }) {
  const { t } = useI18n();
  const preview = useApi(`invitation:${token}`, () => getInvitation(token));
  usePageTitle(preview.status === "done" ? (preview.data.kind === "invitation" ? t("welcome.titleInvitation") : t("welcome.titleSignInLink")) : null);
  return (
    <main id="content" className="page narrow" tabIndex={-1}>
      {preview.status === "loading" && <p role="status">{t("report.loading")}</p>}
      {preview.status === "failed" && <p role="alert">{t("welcome.invalid")}</p>}
      {preview.status === "done" && <WelcomeForm token={token} preview={preview.data} />}
    </main>
  );
}

function WelcomeForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [name, setName] = useState(preview.name ?? "");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setError(t("welcome.mismatch"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { person } = await acceptInvitation(token, { name, password });
      signedIn(person);
      navigate("/");
    } catch (caught) {
      setError(t("welcome.failed", { message: caught instanceof Error ? caught.message : String(caught) }));
      setBusy(false);
    }
  };

  const role = preview.organisation?.role ?? preview.workspaceRole;
  return (
    <>
      <h1>{preview.kind === "invitation" ? t("welcome.titleInvitation") : t("welcome.titleSignInLink")}</h1>
      {preview.organisation && role && <p>{t("welcome.invitedTo", { organisation: preview.organisation.name, role: t(`role.${role}`) })}</p>}
      {!preview.organisation && preview.workspaceRole && <p>{t("welcome.invitedAs", { role: t(`role.${preview.workspaceRole}`) })}</p>}
      <p dir="auto">{t("welcome.email", { email: preview.email })}</p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t("welcome.name")}
          <input required maxLength={80} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t("welcome.password")}
          <input type="password" required minLength={10} autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <label>
          {t("welcome.confirm")}
          <input type="password" required minLength={10} autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t("welcome.submit")}
        </button>
      </form>
    </>
  );
}
