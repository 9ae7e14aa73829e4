import { versionName as sharedVersionName, type Version } from "../../shared/api/versions";
import type { Translate } from "../i18n/I18nProvider";

/** A version's name as people read it: versions Parley saved itself get a name in their language. */
export function versionName(version: Version, t: Translate): string {
  return sharedVersionName(version, { auto: t("versions.autoName"), beforeRestore: t("versions.beforeRestoreName") });
}

/** When a version was saved, in the reader's language. */
export function formatSavedAt(createdAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(createdAt));
}
