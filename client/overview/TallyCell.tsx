import { CommentKind, Stance } from "../../shared/submission/comment";
import { useI18n } from "../i18n/useI18n";
import type { OverviewRow } from "./overviewFilter";

/** A paragraph's counts across organisations, by kind and by position; only what is not zero. */
export function TallyCell({ row }: { row: OverviewRow }) {
  const { t } = useI18n();
  const { tally } = row;
  if (row.comments.length === 0) {
    return <td className="matrix-tally" />;
  }
  const count = (label: string, value: number) => t("overview.count", { label, count: value });
  const kinds = CommentKind.options.filter((kind) => tally.kinds[kind] > 0);
  const stances = Stance.options.filter((stance) => tally.stances[stance] > 0);
  return (
    <td className="matrix-tally">
      <p>{count(t("overview.organisations"), tally.organisations)}</p>
      {tally.redLines > 0 && <p className="tally-red-lines">{count(t("overview.redLines"), tally.redLines)}</p>}
      <p className="tally-heading">{t("overview.kinds")}</p>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>{count(t(`kind.${kind}`), tally.kinds[kind])}</li>
        ))}
      </ul>
      <p className="tally-heading">{t("overview.stances")}</p>
      <ul>
        {stances.map((stance) => (
          <li key={stance}>{count(t(`stance.${stance}`), tally.stances[stance])}</li>
        ))}
      </ul>
    </td>
  );
}
