import { useState, type FormEvent } from "react";
import type { ApiToken, CreatedToken } from "../../shared/api/admin";
import { createToken, getTokens, revokeToken } from "../api/tokens";
import { useReloadableApi } from "../api/useReloadableApi";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { CopyField } from "../components/CopyField";
import { Loaded } from "../components/Loaded";
import { RevocableTable } from "../components/RevocableTable";
import { formatDateTime } from "../i18n/formatDateTime";
import { useI18n } from "../i18n/useI18n";

/** API tokens for scripts: create one (its value shown once), see when each was last used, revoke. */
export function TokensSection() {
  const { t, locale } = useI18n();
  const tokens = useReloadableApi("tokens", getTokens);
  const [name, setName] = useState("");
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const { value, announce, fail } = useAnnouncement();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setCreated(await createToken({ name }));
      setName("");
      tokens.reload();
    } catch (caught) {
      fail(describeError(caught, t));
    }
  };

  const revoke = async (token: ApiToken) => {
    try {
      await revokeToken(token.id);
      if (created?.summary.id === token.id) {
        setCreated(null);
      }
      announce(t("tokens.revoked", { name: token.name }));
      tokens.reload();
    } catch (caught) {
      fail(describeError(caught, t));
    }
  };

  return (
    <>
      <p className="muted">{t("tokens.explain")}</p>
      <form className="form admin-form" onSubmit={(event) => void create(event)}>
        <label>
          {t("tokens.name")}
          <input required maxLength={80} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" disabled={name.trim() === ""}>
          {t("tokens.create")}
        </button>
      </form>
      {created && (
        <div className="result-box">
          <p role="status">{t("tokens.created", { name: created.summary.name })}</p>
          <CopyField label={t("tokens.value")} value={created.token} />
        </div>
      )}
      <Loaded state={tokens.state}>
        {({ tokens: list }) => (
          <RevocableTable
            label={t("tokens.heading")}
            rows={list}
            columns={[
              { heading: t("tokens.name"), cell: (token) => token.name, dir: "auto" },
              { heading: t("tokens.createdAt"), cell: (token) => formatDateTime(token.createdAt, locale) },
              { heading: t("tokens.lastUsed"), cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("tokens.never")) },
            ]}
            empty={t("tokens.none")}
            revoke={t("tokens.revoke")}
            revokeLabel={(token) => t("tokens.revokeNamed", { name: token.name })}
            revokedBadge={(token) => (token.revokedAt ? t("tokens.revokedBadge") : null)}
            onRevoke={(token) => void revoke(token)}
          />
        )}
      </Loaded>
      <Announcement value={value} />
    </>
  );
}
