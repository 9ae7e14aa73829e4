import { useI18n } from "../i18n/useI18n";
import { rowId } from "./HeatMap";
import { MatrixComment } from "./MatrixComment";
import type { OverviewComment, OverviewRow } from "./overviewFilter";
import { TallyCell } from "./TallyCell";

const EXCERPT_LENGTH = 90;

interface MatrixParagraphRowProps {
  row: OverviewRow;
  /** The row's comments that pass the filters. */
  comments: readonly OverviewComment[];
  organisations: readonly { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
}

/** One paragraph: its number and text, each organisation's comments on it, and the tally. */
export function MatrixParagraphRow({ row, comments, organisations, names }: MatrixParagraphRowProps) {
  const { t } = useI18n();
  const { paragraph } = row;
  const long = paragraph.text.length > EXCERPT_LENGTH;
  return (
    <tr id={rowId(paragraph.id)} data-paragraph-id={paragraph.id} data-red-line={row.tally.redLines > 0 || undefined}>
      <th scope="row" className="matrix-paragraph" tabIndex={-1}>
        <span className="paragraph-number">{t("comments.onParagraph", { number: paragraph.number })}</span>
        {long ? (
          <details>
            <summary dir="auto">{`${paragraph.text.slice(0, EXCERPT_LENGTH).trimEnd()}…`}</summary>
            <p dir="auto">{paragraph.text}</p>
          </details>
        ) : (
          <p dir="auto">{paragraph.text}</p>
        )}
      </th>
      {organisations.map((organisation) => (
        <td key={organisation.id} data-organisation-id={organisation.id}>
          {comments
            .filter((placed) => placed.organisationId === organisation.id)
            .map((placed) => (
              <MatrixComment key={placed.comment.id} placed={placed} paragraphText={paragraph.text} names={names} />
            ))}
        </td>
      ))}
      <TallyCell row={row} />
    </tr>
  );
}
