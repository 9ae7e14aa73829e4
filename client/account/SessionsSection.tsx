import { getMySessions, signOutEverywhere, signOutOthers } from "../api/account";
import { useReloadableApi } from "../api/useReloadableApi";
import { describeError } from "../app/describeError";
import { useSession } from "../app/useSession";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { Loaded } from "../components/Loaded";
import { formatDateTime } from "../i18n/formatDateTime";
import { describeUserAgent } from "./describeUserAgent";
import { useI18n } from "../i18n/useI18n";
import { TableScroll } from "../components/TableScroll";

/** The browsers signed in to this account, this one marked, with sign-out buttons for the others or all. */
export function SessionsSection() {
  const { t, locale } = useI18n();
  const { signOut } = useSession();
  const sessions = useReloadableApi("my-sessions", getMySessions);
  const { value, announce, fail } = useAnnouncement();
  // "Firefox 128 on Windows"; the raw string stays in the tooltip, and is shown when it cannot be read.
  const browserLabel = (userAgent: string) => {
    const summary = describeUserAgent(userAgent);
    if (!summary) {
      return userAgent || "—";
    }
    return summary.system ? t("account.browserOn", { browser: summary.browser, version: summary.version, system: summary.system }) : t("account.browserVersion", { browser: summary.browser, version: summary.version });
  };

  const endOthers = async () => {
    try {
      await signOutOthers();
      announce(t("account.signedOutOthers"));
      sessions.reload();
    } catch (caught) {
      fail(describeError(caught, t));
    }
  };

  const endAll = async () => {
    try {
      await signOutEverywhere();
      await signOut();
    } catch (caught) {
      fail(describeError(caught, t));
    }
  };

  return (
    <>
      <Loaded state={sessions.state}>
        {({ sessions: list }) => (
          <TableScroll label={t("account.sessionsHeading")}>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t("account.browser")}</th>
                  <th scope="col">{t("audit.address")}</th>
                  <th scope="col">{t("account.signedInAt")}</th>
                  <th scope="col">{t("account.lastSeen")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((session) => (
                  <tr key={session.id} aria-current={session.current ? "true" : undefined}>
                    <td>
                      <span dir="auto" title={session.userAgent || undefined}>
                        {browserLabel(session.userAgent)}
                      </span>
                      {session.current && <span className="badge">{t("account.thisDevice")}</span>}
                    </td>
                    <td dir="ltr">{session.ip}</td>
                    <td>{formatDateTime(session.createdAt, locale)}</td>
                    <td>{formatDateTime(session.lastSeenAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Loaded>
      <div className="button-row">
        <button type="button" onClick={() => void endOthers()}>
          {t("account.signOutOthers")}
        </button>
        <button type="button" className="danger" onClick={() => void endAll()}>
          {t("account.signOutEverywhere")}
        </button>
      </div>
      <Announcement value={value} />
    </>
  );
}
