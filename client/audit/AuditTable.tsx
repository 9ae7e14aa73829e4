import type { AuditEvent } from "../../shared/api/admin";
import type { Person } from "../../shared/api/people";
import { formatDateTime } from "../i18n/formatDateTime";
import { useI18n } from "../i18n/useI18n";
import { auditActionLabel } from "./auditActions";
import { describeAuditDetails } from "./describeAuditDetails";
import { TableScroll } from "../components/TableScroll";

/** The audit events, newest first; people named where the log holds their id. */
export function AuditTable({ events, people }: { events: readonly AuditEvent[]; people: readonly Person[] }) {
  const { t, locale } = useI18n();
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name;
  if (events.length === 0) {
    return <p>{t("audit.empty")}</p>;
  }
  return (
    <TableScroll label={t("audit.title")}>
      <table className="admin-table audit-table">
        <caption className="visually-hidden">{t("audit.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.when")}</th>
            <th scope="col">{t("audit.who")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.target")}</th>
            <th scope="col">{t("audit.details")}</th>
            <th scope="col">{t("audit.address")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-action={event.action}>
              <td>
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </td>
              <td dir="auto">{event.actorName ?? (event.actorId ? event.actorId : t("audit.nobody"))}</td>
              <td>{auditActionLabel(event.action, t)}</td>
              <td dir="auto">{nameOf(event.target) ?? event.target}</td>
              <td dir="auto" className="details">
                {describeAuditDetails(event.details)}
              </td>
              <td dir="ltr">{event.ip}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
