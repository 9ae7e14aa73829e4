import { useEffect } from "react";
import { useI18n } from "../i18n/useI18n";

/**
 * Names the browser tab, the history entry and what a screen reader announces after the page:
 * "Versions – <consultation> – Parley". Parts not known yet (still loading) are left out.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useI18n();
  const title = [...parts.filter((part): part is string => Boolean(part)), t("app.name")].join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
