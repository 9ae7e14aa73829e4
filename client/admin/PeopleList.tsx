import type { Person } from "../../shared/api/people";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { useI18n } from "../i18n/useI18n";
import { useSession } from "../app/useSession";
import { PersonCard } from "./PersonCard";

interface PeopleListProps {
  people: readonly Person[];
  organisations: readonly { id: string; name: string }[];
  onChange(): void;
}

/** Everyone in the workspace, one card each; results of changes are announced below the list. */
export function PeopleList({ people, organisations, onChange }: PeopleListProps) {
  const { t } = useI18n();
  const { state } = useSession();
  const { value, announce, fail } = useAnnouncement();
  const myId = state.status === "signedIn" ? state.person.id : null;
  const active = people.filter((person) => !person.revoked);
  const removed = people.filter((person) => person.revoked);
  return (
    <>
      <Announcement value={value} />
      <ul className="person-list">
        {active.map((person) => (
          <PersonCard key={person.id} person={person} isMe={person.id === myId} organisations={organisations} announce={announce} fail={fail} onChange={onChange} />
        ))}
      </ul>
      {removed.length > 0 && (
        <>
          <h3>{t("admin.removedHeading")}</h3>
          <ul className="removed-list">
            {removed.map((person) => (
              <li key={person.id}>
                <span dir="auto">{person.name}</span> · <span dir="auto">{person.email}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
