import { CommentKind, CommentStatus } from "../../shared/submission/comment";
import { useI18n } from "../i18n/useI18n";
import type { CommentFilter } from "./commentFilter";

interface CommentFiltersProps {
  filter: CommentFilter;
  onChange: (filter: CommentFilter) => void;
  authors: readonly { id: string; name: string }[];
}

/** Narrows the rail by kind, status and author, or lists the paragraphs nobody has commented on. */
export function CommentFilters({ filter, onChange, authors }: CommentFiltersProps) {
  const { t } = useI18n();
  return (
    <fieldset className="comment-filters">
      <legend>{t("comments.filters")}</legend>
      <label>
        <span>{t("comments.kind")}</span>
        <select value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.target.value === "all" ? "all" : CommentKind.parse(event.target.value) })}>
          <option value="all">{t("comments.filterAll")}</option>
          {CommentKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("comments.status")}</span>
        <select value={filter.status} onChange={(event) => onChange({ ...filter, status: event.target.value === "all" ? "all" : CommentStatus.parse(event.target.value) })}>
          <option value="all">{t("comments.filterAll")}</option>
          {CommentStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`commentStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("comments.filterAuthor")}</span>
        <select value={filter.author} onChange={(event) => onChange({ ...filter, author: event.target.value })}>
          <option value="all">{t("comments.filterAll")}</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filter.uncommented} onChange={(event) => onChange({ ...filter, uncommented: event.target.checked })} />
        <span>{t("comments.filterUncommented")}</span>
      </label>
    </fieldset>
  );
}
