import type { InvitationStore } from "../stores/InvitationStore";
import { SIGN_IN_LINK_LIFETIME_MS } from "../stores/InvitationStore";
import type { PeopleStore } from "../stores/PeopleStore";

export const DEMO_COORDINATOR_EMAIL = "coordinator@parley.example";

/**
 * Creates the demo coordinator, with no password, in a workspace that has nobody yet, and returns
 * a single-use sign-in link token for them: a fixed demo password would be a standing way in.
 */
export function seedDemoCoordinator(people: PeopleStore, invitations: InvitationStore): string | null {
  if (!people.isEmpty()) {
    return null;
  }
  const person = people.create({ email: DEMO_COORDINATOR_EMAIL, name: "Demo Coordinator", workspaceRole: "coordinator", passwordHash: null });
  const { token } = invitations.create(
    { email: person.email, workspaceRole: null, organisationId: null, organisationRole: null, personId: person.id, invitedBy: null },
    SIGN_IN_LINK_LIFETIME_MS,
  );
  return token;
}
