import { CommentKind, Stance } from "../../shared/submission/comment";
import { useI18n } from "../i18n/useI18n";
import type { OverviewFilter } from "./overviewFilter";

interface OverviewFiltersProps {
  filter: OverviewFilter;
  onChange: (filter: OverviewFilter) => void;
  organisations: readonly { id: string; name: string }[];
}

/** Narrows the comment matrix by kind, position, organisation, red lines and readiness. */
export function OverviewFilters({ filter, onChange, organisations }: OverviewFiltersProps) {
  const { t } = useI18n();
  const all = <option value="all">{t("comments.filterAll")}</option>;
  return (
    <fieldset className="overview-filters">
      <legend>{t("comments.filters")}</legend>
      <label>
        <span>{t("comments.kind")}</span>
        <select value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.target.value === "all" ? "all" : CommentKind.parse(event.target.value) })}>
          {all}
          {CommentKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("comments.stance")}</span>
        <select value={filter.stance} onChange={(event) => onChange({ ...filter, stance: event.target.value === "all" ? "all" : Stance.parse(event.target.value) })}>
          {all}
          {Stance.options.map((stance) => (
            <option key={stance} value={stance}>
              {t(`stance.${stance}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("comments.chooseOrganisation")}</span>
        <select value={filter.organisation} onChange={(event) => onChange({ ...filter, organisation: event.target.value })}>
          {all}
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </label>
      <Check checked={filter.redLinesOnly} label={t("overview.redLinesOnly")} onChange={(redLinesOnly) => onChange({ ...filter, redLinesOnly })} />
      <Check checked={filter.readyOnly} label={t("overview.readyOnly")} onChange={(readyOnly) => onChange({ ...filter, readyOnly })} />
      <Check checked={filter.allParagraphs} label={t("overview.allParagraphs")} onChange={(allParagraphs) => onChange({ ...filter, allParagraphs })} />
    </fieldset>
  );
}

function Check({ checked, label, onChange }: { checked: boolean; label: string; onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
