import { useState, type FormEvent } from "react";
import { ApiError } from "../api/ApiError";
import { signIn } from "../api/auth";
import { useI18n } from "../i18n/useI18n";
import { useSession } from "./useSession";
import { usePageTitle } from "./usePageTitle";

/** Email and password; errors are announced and the form keeps what was typed. */
export function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t("auth.signIn"));
  const { signedIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { person } = await signIn({ email, password });
      signedIn(person);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        setError(t("auth.invalid"));
      } else if (caught instanceof ApiError && caught.code === "rate_limited") {
        setError(t("auth.rateLimited"));
      } else {
        setError(t("auth.error", { message: caught instanceof Error ? caught.message : String(caught) }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="content" className="page narrow" tabIndex={-1}>
      <h1>{t("auth.signInTitle")}</h1>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <label>
          {t("auth.email")}
          <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          {t("auth.password")}
          <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("auth.signingIn") : t("auth.signIn")}
        </button>
      </form>
      <p className="muted">{t("auth.noAccount")}</p>
    </main>
  );
}
