import type { Deadline } from "../../shared/deadline";
import type { Translate } from "./I18nProvider";

/** "3 April 2027, 23:59 (New York time)" in the reader's language, at the deadline's own zone. */
export function formatDeadline(deadline: Deadline, locale: string, t: Translate): string {
  const instant = new Date(deadline.utc);
  const options = { timeZone: deadline.timeZone } as const;
  const date = new Intl.DateTimeFormat(locale, { ...options, dateStyle: "long" }).format(instant);
  const time = new Intl.DateTimeFormat(locale, { ...options, timeStyle: "short" }).format(instant);
  const zone = deadline.timeZone.split("/").at(-1)?.replaceAll("_", " ") ?? deadline.timeZone;
  return t("deadline.format", { date, time, zone });
}
