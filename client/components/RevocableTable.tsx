import type { ReactNode } from "react";
import { useI18n } from "../i18n/useI18n";
import { TableScroll } from "./TableScroll";

export interface RevocableColumn<Row> {
  heading: string;
  cell(row: Row): ReactNode;
  /** `auto` for text people typed (names, addresses), which may be in any script. */
  dir?: "auto";
}

interface RevocableTableProps<Row extends { id: string }> {
  /** What the table lists ("API tokens"), naming it for screen readers. */
  label: string;
  rows: readonly Row[];
  columns: readonly RevocableColumn<Row>[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
  /** The button's visible text ("Revoke"). */
  revoke: string;
  /** The button's accessible name, naming the row ("Revoke the token CI"). */
  revokeLabel(row: Row): string;
  /** For a row already revoked: the badge shown instead of the button; null while it is active. */
  revokedBadge?(row: Row): string | null;
  onRevoke(row: Row): void;
}

/** A table of things someone can take back (API tokens, invitations), each active row with its own Revoke button. */
export function RevocableTable<Row extends { id: string }>({ label, rows, columns, empty, revoke, revokeLabel, revokedBadge, onRevoke }: RevocableTableProps<Row>) {
  const { t } = useI18n();
  if (rows.length === 0) {
    return <p className="muted">{empty}</p>;
  }
  return (
    <TableScroll label={label}>
      <table className="admin-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.heading} scope="col">
                {column.heading}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const badge = revokedBadge?.(row) ?? null;
            return (
              <tr key={row.id}>
                {columns.map((column) => (
                  <td key={column.heading} dir={column.dir}>
                    {column.cell(row)}
                  </td>
                ))}
                <td>
                  {badge !== null ? (
                    <span className="badge">{badge}</span>
                  ) : (
                    <button type="button" onClick={() => onRevoke(row)} aria-label={revokeLabel(row)}>
                      {revoke}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
