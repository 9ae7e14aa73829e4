import type { Translate } from "../i18n/I18nProvider";

/** The reader's zone as the browser knows it, unless a test or a setting names another. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The deadline's instant on the reader's clock, with the date and the zone named, because the date
 * may differ from the deadline's own: "Sat 4 April, 05:59 Berlin time — CEST".
 */
export function viewerTime(utc: string, locale: string, t: Translate, viewerZone: string = browserZone()): string {
  const instant = new Date(utc);
  const options = { timeZone: viewerZone } as const;
  const date = new Intl.DateTimeFormat(locale, { ...options, weekday: "short", day: "numeric", month: "long" }).format(instant);
  const time = new Intl.DateTimeFormat(locale, { ...options, timeStyle: "short" }).format(instant);
  const abbreviation =
    new Intl.DateTimeFormat(locale, { ...options, timeZoneName: "short" }).formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
  const zone = viewerZone.split("/").at(-1)?.replaceAll("_", " ") ?? viewerZone;
  // "UTC time — UTC" says one thing twice.
  return abbreviation && abbreviation !== zone ? t("countdown.viewerTime", { date, time, zone, abbreviation }) : t("countdown.viewerTimeZone", { date, time, zone });
}
