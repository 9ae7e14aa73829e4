import { z } from "zod";
import type { DocumentName } from "./collab/documentNames";

/** A workspace-wide role. */
export const WorkspaceRole = z.enum(["coordinator", "editor", "reviewer"]);
export type WorkspaceRole = z.infer<typeof WorkspaceRole>;

/** A role within one organisation: a lead can also submit or withdraw its submission. */
export const OrganisationRole = z.enum(["member", "lead"]);
export type OrganisationRole = z.infer<typeof OrganisationRole>;

/** A person's membership of one organisation. */
export const Membership = z.object({
  /** The organisation's id. */
  organisationId: z.string(),
  /** Member or lead. */
  role: OrganisationRole,
});
export type Membership = z.infer<typeof Membership>;

/** What permissions are decided on: who is asking and what roles they hold. */
export interface Viewer {
  personId: string;
  workspaceRole: WorkspaceRole | null;
  memberships: readonly Membership[];
}

/** Workspace actions, each with the roles that may take it: the one table REST, sync and UI use. */
export const WORKSPACE_ACTIONS = {
  /** See consultations, reports, versions and diffs. */
  "workspace.read": ["coordinator", "editor", "reviewer", "member"],
  /** Create and change consultations, deadlines and organisations. */
  "consultations.manage": ["coordinator"],
  /** Invite people, change roles, remove people. */
  "people.manage": ["coordinator"],
  /** Create, list and revoke API tokens for scripts. */
  "tokens.manage": ["coordinator"],
  /** Read and filter the audit log. */
  "audit.read": ["coordinator"],
  /** Export packages of every organisation. */
  "exports.all": ["coordinator"],
  /** See every organisation's draft comments side by side: the comment matrix and heat map. */
  "submissions.overview": ["coordinator"],
} as const satisfies Record<string, readonly (WorkspaceRole | "member")[]>;

export type WorkspaceAction = keyof typeof WORKSPACE_ACTIONS;

/** True when the viewer may take a workspace action. Members are anyone with a membership. */
export function can(viewer: Viewer | null, action: WorkspaceAction): boolean {
  if (!viewer) {
    return false;
  }
  const allowed: readonly string[] = WORKSPACE_ACTIONS[action];
  return (
    (viewer.workspaceRole !== null && allowed.includes(viewer.workspaceRole)) ||
    (viewer.memberships.length > 0 && allowed.includes("member"))
  );
}

/** What a viewer may do with a document. */
export type DocumentAccessLevel = "none" | "read" | "write";

/** The role the viewer holds in an organisation, if any. */
export function organisationRole(viewer: Viewer, organisationId: string): OrganisationRole | null {
  return viewer.memberships.find((membership) => membership.organisationId === organisationId)?.role ?? null;
}

/**
 * Who may open which document.
 * - A report: editors and coordinators write (coordinators run the consultation and mend its
 *   text after an import); everyone else in the workspace reads.
 * - A submission: its organisation's members and leads write; coordinators read every
 *   organisation's draft but never change another organisation's words; nobody else opens it
 *   (reviewers see submitted packages, not drafts).
 */
export function documentAccess(viewer: Viewer | null, document: DocumentName): DocumentAccessLevel {
  if (!viewer || !can(viewer, "workspace.read")) {
    return "none";
  }
  if (document.kind === "report") {
    return viewer.workspaceRole === "editor" || viewer.workspaceRole === "coordinator" ? "write" : "read";
  }
  if (organisationRole(viewer, document.organisationId)) {
    return "write";
  }
  return viewer.workspaceRole === "coordinator" ? "read" : "none";
}

/**
 * Who sees what organisations share with the coalition in a consultation: its coordinators and
 * the members of its organisations. Shared comments are meant for partners, not for every reader.
 */
export function canSeeCoalition(viewer: Viewer | null, organisationIds: readonly string[]): boolean {
  if (!viewer) {
    return false;
  }
  return viewer.workspaceRole === "coordinator" || viewer.memberships.some((membership) => organisationIds.includes(membership.organisationId));
}
