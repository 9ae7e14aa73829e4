import { useEffect, useId, useMemo, useState } from "react";
import type { CommentMatrix } from "../../shared/api/comments";
import { useI18n } from "../i18n/useI18n";
import { CommentMatrixTable } from "./CommentMatrixTable";
import { DetachedCommentList } from "./DetachedCommentList";
import { HeatMap, rowId } from "./HeatMap";
import type { HeatMode } from "./heatCell";
import { OverviewFilters } from "./OverviewFilters";
import { matchesOverviewFilter, NO_OVERVIEW_FILTER, visibleRows, type OverviewFilter } from "./overviewFilter";

/** The heat map over the filtered comment matrix; a heat-map cell takes the keyboard to its paragraph's row. */
export function CoalitionOverview({ matrix }: { matrix: CommentMatrix }) {
  const { t } = useI18n();
  const headingId = useId();
  const [mode, setMode] = useState<HeatMode>("all");
  const [filter, setFilter] = useState<OverviewFilter>(NO_OVERVIEW_FILTER);
  // A counter, so choosing the same cell twice goes there twice.
  const [target, setTarget] = useState<{ paragraphId: string; request: number } | null>(null);
  const rows = useMemo(() => visibleRows(matrix.rows, filter), [matrix.rows, filter]);
  const names = useMemo(() => new Map(matrix.organisations.map((organisation) => [organisation.id, organisation.name])), [matrix.organisations]);
  const columns = filter.organisation === "all" ? matrix.organisations : matrix.organisations.filter((organisation) => organisation.id === filter.organisation);
  const detached = matrix.detached.filter((placed) => matchesOverviewFilter(placed, filter));

  const open = (paragraphId: string) => {
    if (!rows.some(({ row }) => row.paragraph.id === paragraphId)) {
      setFilter((previous) => ({ ...previous, allParagraphs: true }));
    }
    setTarget((previous) => ({ paragraphId, request: (previous?.request ?? 0) + 1 }));
  };
  useEffect(() => {
    if (!target) {
      return;
    }
    const header = document.getElementById(rowId(target.paragraphId))?.querySelector<HTMLElement>("th");
    header?.scrollIntoView({ block: "center", inline: "start" });
    header?.focus({ preventScroll: true });
  }, [target]);

  return (
    <>
      <HeatMap rows={matrix.rows} mode={mode} onMode={setMode} onOpen={open} />
      <section className="overview-matrix" aria-labelledby={headingId}>
        <h2 id={headingId}>{t("overview.matrixHeading")}</h2>
        <OverviewFilters filter={filter} onChange={setFilter} organisations={matrix.organisations} />
        <p className="overview-count" role="status">
          {t("overview.shown", { shown: rows.length, total: matrix.rows.length })}
        </p>
        {rows.length === 0 ? (
          <p className="notice">{t("overview.nothingShown")}</p>
        ) : (
          <CommentMatrixTable rows={rows} organisations={columns} names={names} />
        )}
      </section>
      <DetachedCommentList detached={detached} names={names} />
    </>
  );
}
