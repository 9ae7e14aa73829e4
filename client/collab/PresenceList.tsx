import { useI18n } from "../i18n/useI18n";
import type { Presence } from "./usePresence";

/** Who has the document open, each with the colour of their caret. */
export function PresenceList({ people }: { people: Presence[] }) {
  const { t } = useI18n();
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t("presence.heading")}</h2>
      <ul>
        {people.map((person) => (
          <li key={person.clientId} dir="auto">
            <span className="presence-swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
            {person.isSelf ? t("presence.you", { name: person.name }) : person.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
