import { hashPassword } from "../../server/auth/passwords";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import type { PeopleStore } from "../../server/stores/PeopleStore";
import type { TokenStore } from "../../server/stores/TokenStore";
import type { OrganisationRole, WorkspaceRole } from "../../shared/permissions";

/** The people every test server has, one per role (the demo's organisations). */
export const TEST_ROLES = {
  coordinator: { workspaceRole: "coordinator", membership: null },
  editor: { workspaceRole: "editor", membership: null },
  reviewer: { workspaceRole: "reviewer", membership: null },
  member: { workspaceRole: null, membership: { organisationId: "open-networks", role: "member" } },
  lead: { workspaceRole: null, membership: { organisationId: "open-networks", role: "lead" } },
  otherMember: { workspaceRole: null, membership: { organisationId: "digital-rights", role: "member" } },
} as const satisfies Record<string, { workspaceRole: WorkspaceRole | null; membership: { organisationId: string; role: OrganisationRole } | null }>;

export type TestRole = keyof typeof TEST_ROLES;

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  /** An API token, for REST (`Authorization: Bearer`) and the WebSocket (`?token=`). */
  token: string;
}

export const TEST_PASSWORD = "correct horse battery";
export const TEST_CONSULTATION = DEMO_CONSULTATION_ID;

let passwordHash: Promise<string> | null = null;

/** Creates one person per test role, each with a password and an API token. */
export async function seedTestPeople(people: PeopleStore, tokens: TokenStore): Promise<Record<TestRole, TestPerson>> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const entries = Object.entries(TEST_ROLES).map(([role, { workspaceRole, membership }]) => {
    const person = people.create({ email: `${role}@test.example`, name: `Test ${role}`, workspaceRole, passwordHash: hash });
    if (membership) {
      people.setMembership(person.id, membership.organisationId, membership.role);
    }
    const { token } = tokens.create(person.id, "tests");
    return [role, { id: person.id, email: person.email, password: TEST_PASSWORD, token }];
  });
  return Object.fromEntries(entries) as Record<TestRole, TestPerson>;
}
