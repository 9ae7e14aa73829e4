import { useId } from "react";
import { useI18n } from "../i18n/useI18n";
import { MatrixParagraphRow } from "./MatrixParagraphRow";
import type { OverviewComment, OverviewRow } from "./overviewFilter";

interface CommentMatrixTableProps {
  rows: readonly { row: OverviewRow; comments: OverviewComment[] }[];
  /** The organisation columns, in order. */
  organisations: readonly { id: string; name: string }[];
  /** Every organisation's name by id, for endorsements. */
  names: ReadonlyMap<string, string>;
}

/** Paragraphs down, organisations across, the tally last; scrolls in its own box with the header row and paragraph column held in place. */
export function CommentMatrixTable({ rows, organisations, names }: CommentMatrixTableProps) {
  const { t } = useI18n();
  const captionId = useId();
  return (
    <div className="matrix-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="comment-matrix">
        <caption id={captionId}>{t("overview.matrixCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-paragraph">
              {t("comments.paragraph")}
            </th>
            {organisations.map((organisation) => (
              <th key={organisation.id} scope="col" dir="auto">
                {organisation.name}
              </th>
            ))}
            <th scope="col" className="matrix-tally">
              {t("overview.tally")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, comments }) => (
            <MatrixParagraphRow key={row.paragraph.id} row={row} comments={comments} organisations={organisations} names={names} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
