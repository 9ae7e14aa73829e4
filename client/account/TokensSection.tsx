import { useState, type FormEvent } from "react";
import type { ApiToken, CreatedToken } from "../../shared/api/admin";
import { createToken, getTokens, revokeToken } from "../api/tokens";
import { useReloadableApi } from "../api/useReloadableApi";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { CopyField } from "../components/CopyField";
import { Loaded } from "../components/Loaded";
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
        {({ tokens: list }) =>
          list.length === 0 ? (
            <p className="muted">{t("tokens.none")}</p>
          ) : (
            <div className="table-scroll">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t("tokens.name")}</th>
                    <th scope="col">{t("tokens.createdAt")}</th>
                    <th scope="col">{t("tokens.lastUsed")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("common.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((token) => (
                    <tr key={token.id}>
                      <td dir="auto">{token.name}</td>
                      <td>{formatDateTime(token.createdAt, locale)}</td>
                      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("tokens.never")}</td>
                      <td>
                        {token.revokedAt ? (
                          <span className="badge">{t("tokens.revokedBadge")}</span>
                        ) : (
                          <button type="button" onClick={() => void revoke(token)} aria-label={t("tokens.revokeNamed", { name: token.name })}>
                            {t("tokens.revoke")}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <Announcement value={value} />
    </>
  );
}
