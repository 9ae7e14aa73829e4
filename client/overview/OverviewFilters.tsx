import { useCommentChoices } from "../comments/useCommentChoices";
import { ChoiceSelect } from "../components/ChoiceSelect";
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
  const choices = useCommentChoices();
  return (
    <fieldset className="overview-filters">
      <legend>{t("comments.filters")}</legend>
      <ChoiceSelect label={t("comments.kind")} value={filter.kind} choices={choices.kinds} any={choices.all} onChange={(kind) => onChange({ ...filter, kind })} />
      <ChoiceSelect label={t("comments.stance")} value={filter.stance} choices={choices.stances} any={choices.all} onChange={(stance) => onChange({ ...filter, stance })} />
      <ChoiceSelect
        label={t("comments.chooseOrganisation")}
        value={filter.organisation}
        choices={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        any={choices.all}
        onChange={(organisation) => onChange({ ...filter, organisation })}
      />
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
