import type { ReactNode } from "react";
import { useI18n } from "../i18n/useI18n";

/**
 * A table that scrolls sideways when the screen is narrower than it. The scrolling box takes the
 * keyboard focus (arrow keys then scroll it) and is named ("Table: API tokens", apart from the
 * section around it), so that its hidden columns are reachable without a pointer.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-label={t("common.table", { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
