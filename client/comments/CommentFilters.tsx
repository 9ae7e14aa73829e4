import { ChoiceSelect } from "../components/ChoiceSelect";
import { useI18n } from "../i18n/useI18n";
import type { CommentFilter } from "./commentFilter";
import { useCommentChoices } from "./useCommentChoices";

interface CommentFiltersProps {
  filter: CommentFilter;
  onChange: (filter: CommentFilter) => void;
  authors: readonly { id: string; name: string }[];
}

/** Narrows the rail by kind, status and author, or lists the paragraphs nobody has commented on. */
export function CommentFilters({ filter, onChange, authors }: CommentFiltersProps) {
  const { t } = useI18n();
  const choices = useCommentChoices();
  return (
    <fieldset className="comment-filters">
      <legend>{t("comments.filters")}</legend>
      <ChoiceSelect label={t("comments.kind")} value={filter.kind} choices={choices.kinds} any={choices.all} onChange={(kind) => onChange({ ...filter, kind })} />
      <ChoiceSelect label={t("comments.status")} value={filter.status} choices={choices.statuses} any={choices.all} onChange={(status) => onChange({ ...filter, status })} />
      <ChoiceSelect
        label={t("comments.filterAuthor")}
        value={filter.author}
        choices={authors.map((author) => ({ value: author.id, label: author.name }))}
        any={choices.all}
        onChange={(author) => onChange({ ...filter, author })}
      />
      <label className="checkbox">
        <input type="checkbox" checked={filter.uncommented} onChange={(event) => onChange({ ...filter, uncommented: event.target.checked })} />
        <span>{t("comments.filterUncommented")}</span>
      </label>
    </fieldset>
  );
}
