import type { OrganisationList } from "../../shared/api/admin";
import { getOrganisations } from "../api/organisations";
import { getInvitations, getPeople } from "../api/people";
import { useReloadableApi } from "../api/useReloadableApi";
import { Loaded } from "../components/Loaded";
import { useI18n } from "../i18n/useI18n";
import "./admin.css";
import { InviteForm } from "./InviteForm";
import { OrganisationsSection } from "./OrganisationsSection";
import { PendingInvitations } from "./PendingInvitations";
import { PeopleList } from "./PeopleList";
import { usePageTitle } from "../app/usePageTitle";

/** Coordinators' page: invite people, change their roles and organisations, remove them, add organisations. */
export function PeoplePage() {
  const { t } = useI18n();
  usePageTitle(t("admin.peopleTitle"));
  const people = useReloadableApi("people", getPeople);
  const organisations = useReloadableApi("organisations", getOrganisations);
  const invitations = useReloadableApi("invitations", getInvitations);
  const names = organisations.state.status === "done" ? organisations.state.data.organisations : [];
  const organisationName = (id: string) => names.find((organisation) => organisation.id === id)?.name ?? id;

  return (
    <main id="content" className="page admin-page" tabIndex={-1}>
      <h1>{t("admin.peopleTitle")}</h1>
      <section aria-labelledby="invite-heading" className="admin-section">
        <h2 id="invite-heading">{t("invite.heading")}</h2>
        <InviteForm organisations={names} onInvited={invitations.reload} />
        <h3>{t("invite.pendingHeading")}</h3>
        <Loaded state={invitations.state}>
          {({ invitations: pending }) => <PendingInvitations invitations={pending} organisationName={organisationName} onChange={invitations.reload} />}
        </Loaded>
      </section>
      <section aria-labelledby="people-heading" className="admin-section">
        <h2 id="people-heading">{t("admin.peopleHeading")}</h2>
        <Loaded state={people.state}>
          {({ people: list }) => <PeopleList people={list} organisations={names} onChange={people.reload} />}
        </Loaded>
      </section>
      <section aria-labelledby="organisations-heading" className="admin-section">
        <h2 id="organisations-heading">{t("admin.organisationsHeading")}</h2>
        <Loaded state={organisations.state}>
          {(data: OrganisationList) => <OrganisationsSection organisations={data.organisations} onCreated={organisations.reload} />}
        </Loaded>
      </section>
    </main>
  );
}
