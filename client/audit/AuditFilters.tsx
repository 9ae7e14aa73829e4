import type { Person } from "../../shared/api/people";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";
import { AUDIT_ACTIONS, auditActionLabel } from "./auditActions";

export interface AuditFilterValues {
  action: string;
  actorId: string;
  /** A date (`YYYY-MM-DD`) in the viewer's time zone, or "". */
  since: string;
}

/** The start of a local date as an ISO instant, as `GET /api/audit?since=` wants it. */
export function sinceOf(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return undefined;
  }
  const start = new Date(`${date}T00:00:00`);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}

interface AuditFiltersProps {
  values: AuditFilterValues;
  people: readonly Person[];
  onChange(values: AuditFilterValues): void;
}

/** Filters that apply as they change: action, person, since a date. */
export function AuditFilters({ values, people, onChange }: AuditFiltersProps) {
  const { t } = useI18n();
  const set = (name: keyof AuditFilterValues, value: string) => onChange({ ...values, [name]: value });
  const filtered = values.action !== "" || values.actorId !== "" || values.since !== "";
  return (
    <form className="audit-filters" aria-label={t("audit.filters")} onSubmit={(event) => event.preventDefault()}>
      <Field label={t("audit.action")}>
        {(id) => (
          <select id={id} value={values.action} onChange={(event) => set("action", event.target.value)}>
            <option value="">{t("audit.anyAction")}</option>
            {Object.keys(AUDIT_ACTIONS).map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {people.length > 0 && (
        <Field label={t("audit.person")}>
          {(id) => (
            <select id={id} value={values.actorId} onChange={(event) => set("actorId", event.target.value)}>
              <option value="">{t("audit.anyone")}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({person.email})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <label>
        {t("audit.since")}
        <input type="date" value={values.since} onChange={(event) => set("since", event.target.value)} />
      </label>
      {filtered && (
        <button type="button" onClick={() => onChange({ action: "", actorId: "", since: "" })}>
          {t("audit.clear")}
        </button>
      )}
    </form>
  );
}
