import { useId } from "react";
import { useI18n } from "../i18n/useI18n";
import { heatCell, HEAT_MODES, type HeatMode } from "./heatCell";
import { HeatMapLegend } from "./HeatMapLegend";
import type { OverviewRow } from "./overviewFilter";
import { cellName } from "./paragraphSummary";

/** The id of a paragraph's row in the comment matrix, which heat-map cells link to. */
export const rowId = (paragraphId: string) => `matrix-row-${paragraphId}`;

interface HeatMapProps {
  rows: readonly OverviewRow[];
  mode: HeatMode;
  onMode: (mode: HeatMode) => void;
  /** Shows the paragraph's row in the matrix. */
  onOpen: (paragraphId: string) => void;
}

/** The whole report as a strip of paragraph cells per section, coloured by what each paragraph draws. */
export function HeatMap({ rows, mode, onMode, onOpen }: HeatMapProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="heat-map" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("overview.heatMapHeading")}</h2>
      <fieldset className="heat-modes">
        <legend>{t("overview.colourBy")}</legend>
        {HEAT_MODES.map((value) => (
          <label key={value}>
            <input type="radio" name="heat-mode" value={value} checked={mode === value} onChange={() => onMode(value)} />
            <span>{t(`overview.mode.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="heat-hint">{t("overview.heatMapHint")}</p>
      {sections(rows).map(({ section, rows: sectionRows }, index) => (
        <div key={`${index}:${section ?? ""}`} className="heat-section" role="group" aria-label={section ? t("overview.section", { section }) : t("overview.noSection")}>
          <span className="heat-section-label" aria-hidden="true">
            {section ?? "–"}
          </span>
          <ol className="heat-cells">
            {sectionRows.map((row) => (
              <HeatCellLink key={row.paragraph.id} row={row} mode={mode} onOpen={onOpen} />
            ))}
          </ol>
        </div>
      ))}
      <HeatMapLegend mode={mode} />
    </section>
  );
}

function HeatCellLink({ row, mode, onOpen }: { row: OverviewRow; mode: HeatMode; onOpen: (paragraphId: string) => void }) {
  const { t } = useI18n();
  const cell = heatCell(row, mode);
  return (
    <li>
      <a
        className="heat-cell"
        href={`#${rowId(row.paragraph.id)}`}
        data-tone={cell.tone}
        data-level={cell.level}
        data-red-line={cell.redLines > 0 || undefined}
        aria-label={cellName(row, t)}
        onClick={(event) => {
          event.preventDefault();
          onOpen(row.paragraph.id);
        }}
      >
        {row.paragraph.number}
        {cell.redLines > 0 && (
          <span className="red-line-marker" aria-hidden="true">
            !
          </span>
        )}
      </a>
    </li>
  );
}

/** Rows grouped by section, in report order. */
function sections(rows: readonly OverviewRow[]): { section: string | null; rows: OverviewRow[] }[] {
  const groups: { section: string | null; rows: OverviewRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.section === row.paragraph.section) {
      last.rows.push(row);
    } else {
      groups.push({ section: row.paragraph.section, rows: [row] });
    }
  }
  return groups;
}
