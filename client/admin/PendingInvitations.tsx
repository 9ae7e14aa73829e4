import type { Invitation } from "../../shared/api/admin";
import { revokeInvitation } from "../api/people";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { formatDateTime } from "../i18n/formatDateTime";
import { useI18n } from "../i18n/useI18n";
import { describeGrant } from "./describeGrant";

interface PendingInvitationsProps {
  invitations: readonly Invitation[];
  organisationName(id: string): string;
  onChange(): void;
}

/** Invitations not yet accepted, each with a Revoke button. */
export function PendingInvitations({ invitations, organisationName, onChange }: PendingInvitationsProps) {
  const { t, locale } = useI18n();
  const { value, announce, fail } = useAnnouncement();

  const revoke = async (invitation: Invitation) => {
    try {
      await revokeInvitation(invitation.id);
      announce(t("invite.revoked", { email: invitation.email }));
      onChange();
    } catch (caught) {
      fail(describeError(caught, t));
    }
  };

  return (
    <>
      {invitations.length === 0 ? (
        <p className="muted">{t("invite.nonePending")}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t("invite.email")}</th>
                <th scope="col">{t("invite.grants")}</th>
                <th scope="col">{t("invite.expires")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td dir="auto">{invitation.email}</td>
                  <td>{describeGrant(invitation, organisationName, t)}</td>
                  <td>{formatDateTime(invitation.expiresAt, locale)}</td>
                  <td>
                    <button type="button" onClick={() => void revoke(invitation)} aria-label={t("invite.revokeFor", { email: invitation.email })}>
                      {t("invite.revoke")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Announcement value={value} />
    </>
  );
}
