import { useState } from "react";
import type { PersonList } from "../../shared/api/admin";
import { can, type Viewer } from "../../shared/permissions";
import { getAudit } from "../api/audit";
import { getPeople } from "../api/people";
import { useApi } from "../api/useApi";
import { Loaded } from "../components/Loaded";
import { useI18n } from "../i18n/useI18n";
import "../admin/admin.css";
import { AuditFilters, sinceOf, type AuditFilterValues } from "./AuditFilters";
import { AuditTable } from "./AuditTable";
import { usePageTitle } from "../app/usePageTitle";

const NO_PEOPLE: Promise<PersonList> = Promise.resolve({ people: [] });

/** Coordinators' audit log: who did what, when and from where, filtered by action, person and date. */
export function AuditPage({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  usePageTitle(t("audit.title"));
  const [filters, setFilters] = useState<AuditFilterValues>({ action: "", actorId: "", since: "" });
  const canSeePeople = can(viewer, "people.manage");
  const people = useApi(`audit-people:${canSeePeople}`, () => (canSeePeople ? getPeople() : NO_PEOPLE));
  const since = sinceOf(filters.since);
  const key = `audit:${filters.action}:${filters.actorId}:${since ?? ""}`;
  const events = useApi(key, () => getAudit({ action: filters.action || undefined, actorId: filters.actorId || undefined, since }));
  const list = people.status === "done" ? people.data.people : [];

  return (
    <main id="content" className="page admin-page wide" tabIndex={-1}>
      <h1>{t("audit.title")}</h1>
      <AuditFilters values={filters} people={list} onChange={setFilters} />
      <Loaded state={events}>
        {({ events: rows }) => (
          <>
            <p role="status" className="muted">
              {t("audit.count", { count: rows.length })}
            </p>
            <AuditTable events={rows} people={list} />
          </>
        )}
      </Loaded>
    </main>
  );
}
