import type { Person } from "../../shared/api/people";
import { can, type Viewer } from "../../shared/permissions";
import { useI18n } from "../i18n/useI18n";
import "../admin/admin.css";
import { NameForm } from "./NameForm";
import { PasswordForm } from "./PasswordForm";
import { SessionsSection } from "./SessionsSection";
import { TokensSection } from "./TokensSection";
import { usePageTitle } from "../app/usePageTitle";

/** The signed-in person's own account: name, password, signed-in browsers and (for coordinators) API tokens. */
export function AccountPage({ person, viewer }: { person: Person; viewer: Viewer }) {
  const { t } = useI18n();
  usePageTitle(t("account.title"));
  return (
    <main id="content" className="page admin-page" tabIndex={-1}>
      <h1>{t("account.title")}</h1>
      <p dir="auto" className="muted">
        {t("welcome.email", { email: person.email })}
      </p>
      <section aria-labelledby="name-heading" className="admin-section">
        <h2 id="name-heading">{t("account.nameHeading")}</h2>
        <NameForm person={person} />
      </section>
      <section aria-labelledby="password-heading" className="admin-section">
        <h2 id="password-heading">{t("account.passwordHeading")}</h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="admin-section">
        <h2 id="sessions-heading">{t("account.sessionsHeading")}</h2>
        <SessionsSection />
      </section>
      {can(viewer, "tokens.manage") && (
        <section aria-labelledby="tokens-heading" className="admin-section">
          <h2 id="tokens-heading">{t("tokens.heading")}</h2>
          <TokensSection />
        </section>
      )}
    </main>
  );
}
