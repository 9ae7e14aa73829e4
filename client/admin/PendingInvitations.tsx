import type { Invitation } from "../../shared/api/admin";
import { revokeInvitation } from "../api/people";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { RevocableTable } from "../components/RevocableTable";
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
      <RevocableTable
        label={t("invite.pendingHeading")}
        rows={invitations}
        columns={[
          { heading: t("invite.email"), cell: (invitation) => invitation.email, dir: "auto" },
          { heading: t("invite.grants"), cell: (invitation) => describeGrant(invitation, organisationName, t) },
          { heading: t("invite.expires"), cell: (invitation) => formatDateTime(invitation.expiresAt, locale) },
        ]}
        empty={t("invite.nonePending")}
        revoke={t("invite.revoke")}
        revokeLabel={(invitation) => t("invite.revokeFor", { email: invitation.email })}
        onRevoke={(invitation) => void revoke(invitation)}
      />
      <Announcement value={value} />
    </>
  );
}
