import { z } from "zod";
import { ID_PATTERN } from "../collab/documentNames";
import { OrganisationRole, WorkspaceRole } from "../permissions";
import { Person } from "./people";

/** `POST /api/invitations`: invite someone with a workspace role, an organisation role, or both. */
export const CreateInvitationBody = z
  .object({
    /** Where the invitation goes. */
    email: z.email("must be an email address").max(320),
    /** Workspace role to grant, if any. */
    workspaceRole: WorkspaceRole.nullable().default(null),
    /** Organisation to join, if any. */
    organisationId: z.string().regex(ID_PATTERN).nullable().default(null),
    /** Role in that organisation. */
    organisationRole: OrganisationRole.nullable().default(null),
  })
  .refine((body) => body.workspaceRole !== null || body.organisationId !== null, "give a workspace role or an organisation")
  .refine((body) => (body.organisationId === null) === (body.organisationRole === null), "an organisation needs a role, and a role an organisation");
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

/** A pending invitation. */
export const Invitation = z.object({
  /** Opaque id, to revoke it. */
  id: z.string(),
  /** Invited address. */
  email: z.string(),
  /** Workspace role it grants. */
  workspaceRole: WorkspaceRole.nullable(),
  /** Organisation it joins. */
  organisationId: z.string().nullable(),
  /** Role there. */
  organisationRole: OrganisationRole.nullable(),
  /** When it stops working. */
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof Invitation>;

/** The answer to creating an invitation: the link, shown once to copy. */
export const CreatedInvitation = z.object({
  /** The invitation. */
  invitation: Invitation,
  /** The single-use link to send. */
  link: z.string(),
  /** True when it was also sent by email. */
  emailed: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

/** `GET /api/invitations`. */
export const InvitationList = z.object({
  /** Invitations not yet accepted, revoked or expired. */
  invitations: z.array(Invitation),
});
export type InvitationList = z.infer<typeof InvitationList>;

/** `GET /api/people`. */
export const PersonList = z.object({
  /** Everyone in the workspace, removed people included. */
  people: z.array(Person),
});
export type PersonList = z.infer<typeof PersonList>;

/** `PATCH /api/people/:id`: change roles; takes effect on open connections at once. */
export const UpdatePersonBody = z.object({
  /** New workspace role (null removes it); absent leaves it. */
  workspaceRole: WorkspaceRole.nullable().optional(),
  /** Organisation roles to set (null removes the membership). */
  memberships: z.array(z.object({ organisationId: z.string().regex(ID_PATTERN), role: OrganisationRole.nullable() })).optional(),
});
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;

/** Path parameter naming a person, invitation or token. */
export const IdParams = z.object({
  /** The id. */
  id: z.string().min(1).max(100),
});
export type IdParams = z.infer<typeof IdParams>;

/** `POST /api/organisations`. */
export const CreateOrganisationBody = z.object({
  /** Stable id: lowercase letters, digits and dashes. */
  id: z.string().regex(ID_PATTERN, "must be lowercase letters, digits and dashes"),
  /** Display name. */
  name: z.string().trim().min(1, "is required").max(120),
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

/** `GET /api/organisations`. */
export const OrganisationList = z.object({
  /** Every organisation in the workspace. */
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type OrganisationList = z.infer<typeof OrganisationList>;

/** `POST /api/tokens`. */
export const CreateTokenBody = z.object({
  /** What the token is for, e.g. "nightly export". */
  name: z.string().trim().min(1, "is required").max(80),
});
export type CreateTokenBody = z.infer<typeof CreateTokenBody>;

/** An API token as listed (never its secret). */
export const ApiToken = z.object({
  /** Opaque id, to revoke it. */
  id: z.string(),
  /** What it is for. */
  name: z.string(),
  /** When it was made. */
  createdAt: z.string(),
  /** When it was last used. */
  lastUsedAt: z.string().nullable(),
  /** When it was revoked. */
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** `GET /api/tokens`. */
export const TokenList = z.object({
  /** The caller's tokens. */
  tokens: z.array(ApiToken),
});
export type TokenList = z.infer<typeof TokenList>;

/** The answer to creating a token: its value, shown this once. */
export const CreatedToken = z.object({
  /** Send as `Authorization: Bearer <token>` (or `?token=` on the WebSocket). */
  token: z.string(),
  /** The token as listed. */
  summary: ApiToken,
});
export type CreatedToken = z.infer<typeof CreatedToken>;

/** `GET /api/audit` filters. */
export const AuditQuery = z.object({
  /** Only this action, e.g. "person.sign_in". */
  action: z.string().max(60).optional(),
  /** Only this person's actions. */
  actorId: z.string().max(100).optional(),
  /** Only events at or after this time (ISO 8601). */
  since: z.iso.datetime().optional(),
  /** At most this many, newest first. */
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One audit event. */
export const AuditEvent = z.object({
  /** Sequence number. */
  id: z.number(),
  /** When. */
  at: z.string(),
  /** Who (null for the system or an anonymous attempt). */
  actorId: z.string().nullable(),
  /** Their name at reading time. */
  actorName: z.string().nullable(),
  /** What, e.g. "person.sign_in", "invitation.create". */
  action: z.string(),
  /** On what. */
  target: z.string(),
  /** Details of the action. */
  details: z.record(z.string(), z.unknown()),
  /** From which address. */
  ip: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** `GET /api/audit`. */
export const AuditList = z.object({
  /** Matching events, newest first. */
  events: z.array(AuditEvent),
});
export type AuditList = z.infer<typeof AuditList>;
