import { z } from "zod";
import { OrganisationRole, WorkspaceRole } from "../permissions";
import { Person } from "./people";

/** Passwords: long enough to resist guessing, short enough to hash quickly. */
export const Password = z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters");

/** `POST /api/auth/sign-in`. */
export const SignInBody = z.object({
  /** The account's email address. */
  email: z.string().trim().min(1, "is required").max(320),
  /** The account's password. */
  password: z.string().min(1, "is required").max(200),
});
export type SignInBody = z.infer<typeof SignInBody>;

/** `GET /api/me` and the answer to signing in. */
export const Me = z.object({
  /** The signed-in person. */
  person: Person,
});
export type Me = z.infer<typeof Me>;

/** `PATCH /api/me`. */
export const UpdateMeBody = z.object({
  /** New display name. */
  name: z.string().trim().min(1, "is required").max(80),
});
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

/** `POST /api/me/password`. */
export const ChangePasswordBody = z.object({
  /** The password in use now. */
  currentPassword: z.string().min(1, "is required").max(200),
  /** The new password. */
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

/** One signed-in browser of the current person. */
export const SessionSummary = z.object({
  /** Opaque id. */
  id: z.string(),
  /** When it signed in. */
  createdAt: z.string(),
  /** When it was last used (to the minute). */
  lastSeenAt: z.string(),
  /** Address it signed in from. */
  ip: z.string(),
  /** Browser it signed in with. */
  userAgent: z.string(),
  /** True for the session making this request. */
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

/** `GET /api/me/sessions`. */
export const SessionList = z.object({
  /** The person's live sessions, most recent first. */
  sessions: z.array(SessionSummary),
});
export type SessionList = z.infer<typeof SessionList>;

/** What an invitation or sign-in link shows before it is used. */
export const InvitationPreview = z.object({
  /** "invitation" creates an account; "signInLink" signs an existing person in and sets a password. */
  kind: z.enum(["invitation", "signInLink"]),
  /** The address it was made for. */
  email: z.string(),
  /** The name on the account, for sign-in links. */
  name: z.string().nullable(),
  /** Workspace role it grants. */
  workspaceRole: WorkspaceRole.nullable(),
  /** Organisation it joins, with the role there. */
  organisation: z.object({ id: z.string(), name: z.string(), role: OrganisationRole }).nullable(),
  /** When the link stops working. */
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

/** `POST /api/invitations/:token/accept`. */
export const AcceptInvitationBody = z.object({
  /** Display name. */
  name: z.string().trim().min(1, "is required").max(80),
  /** The password to sign in with from now on. */
  password: Password,
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

/** Path parameter holding a link's token. */
export const TokenParams = z.object({
  /** The secret from the link. */
  token: z.string().min(20).max(100),
});
export type TokenParams = z.infer<typeof TokenParams>;
