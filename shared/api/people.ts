import { z } from "zod";
import { Membership, WorkspaceRole } from "../permissions";

/** A person in the workspace. */
export const Person = z.object({
  /** Stable identifier. */
  id: z.string(),
  /** Sign-in address. */
  email: z.string(),
  /** Display name. */
  name: z.string(),
  /** Coordinator, editor, reviewer, or null for people who only belong to organisations. */
  workspaceRole: WorkspaceRole.nullable(),
  /** Organisations the person belongs to, with their role in each. */
  memberships: z.array(Membership),
  /** True once the person has been removed. */
  revoked: z.boolean(),
});
export type Person = z.infer<typeof Person>;
