import type { OrganisationRole, WorkspaceRole } from "../../shared/permissions";
import { hashSecret, randomId, randomSecret } from "../auth/secrets";
import type { Db } from "../db/openDatabase";

const INSERT = `
  INSERT INTO invitations (id, token_hash, email, workspace_role, organisation_id, organisation_role, person_id, invited_by, created_at, expires_at)
  VALUES (@id, @tokenHash, @email, @workspaceRole, @organisationId, @organisationRole, @personId, @invitedBy, @createdAt, @expiresAt)`;
const SELECT_BY_TOKEN = `SELECT * FROM invitations WHERE token_hash = ?`;
const MARK_USED = `UPDATE invitations SET used_at = ? WHERE id = ? AND used_at IS NULL`;
const SELECT_PENDING = `
  SELECT * FROM invitations WHERE used_at IS NULL AND revoked_at IS NULL AND person_id IS NULL AND expires_at > ?
  ORDER BY created_at DESC`;
const REVOKE = `UPDATE invitations SET revoked_at = ? WHERE id = ?`;

/** Invitations are good for 7 days; sign-in links for one. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const SIGN_IN_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface InvitationRow {
  id: string;
  email: string;
  workspace_role: WorkspaceRole | null;
  organisation_id: string | null;
  organisation_role: OrganisationRole | null;
  person_id: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

/** A single-use link: an invitation to join (no `personId`) or a sign-in link for an existing person. */
export interface Invitation {
  id: string;
  email: string;
  workspaceRole: WorkspaceRole | null;
  organisationId: string | null;
  organisationRole: OrganisationRole | null;
  personId: string | null;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

export type NewInvitation = Omit<Invitation, "id" | "createdAt" | "expiresAt">;

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    workspaceRole: row.workspace_role,
    organisationId: row.organisation_id,
    organisationRole: row.organisation_role,
    personId: row.person_id,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** SQL for invitations and sign-in links; only the SHA-256 of each link's token is stored. */
export class InvitationStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a link; returns it with the token to put in its URL (shown once). */
  create(invitation: NewInvitation, lifetimeMs: number): { invitation: Invitation; token: string } {
    const token = randomSecret();
    const now = this.now();
    const id = randomId("invite");
    this.db.prepare(INSERT).run({
      ...invitation,
      id,
      tokenHash: hashSecret(token),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
    });
    const row = this.db.prepare<[string], InvitationRow>(`SELECT * FROM invitations WHERE id = ?`).get(id) as InvitationRow;
    return { invitation: toInvitation(row), token };
  }

  /** The link a token opens, if it is unused, unrevoked and unexpired. */
  findUsable(token: string): Invitation | null {
    const row = this.db.prepare<[string], InvitationRow>(SELECT_BY_TOKEN).get(hashSecret(token));
    if (!row || row.used_at || row.revoked_at || new Date(row.expires_at) <= this.now()) {
      return null;
    }
    return toInvitation(row);
  }

  /** Marks a link used; false when someone used it first. */
  markUsed(id: string): boolean {
    return this.db.prepare(MARK_USED).run(this.now().toISOString(), id).changes === 1;
  }

  pending(): Invitation[] {
    return this.db.prepare<[string], InvitationRow>(SELECT_PENDING).all(this.now().toISOString()).map(toInvitation);
  }

  revoke(id: string): void {
    this.db.prepare(REVOKE).run(this.now().toISOString(), id);
  }
}
