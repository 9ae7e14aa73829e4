import { useI18n } from "../i18n/useI18n";
import { usePageTitle } from "./usePageTitle";

/** Shown on a page the signed-in person's roles do not open. */
export function NoAccessPage() {
  const { t } = useI18n();
  usePageTitle(t("common.noAccess"));
  return (
    <main id="content" className="page" tabIndex={-1}>
      <p role="alert">{t("common.noAccess")}</p>
    </main>
  );
}
