import type { Deadline } from "../../shared/deadline";
import type { Translate } from "../i18n/I18nProvider";
import { formatDuration } from "../deadlines/formatDuration";

/** "3 April 2027, 23:59 New York time": the deadline as stated, in its own zone. */
export function deadlineWhen(deadline: Deadline, locale: string, t: Translate): string {
  const instant = new Date(deadline.utc);
  const options = { timeZone: deadline.timeZone } as const;
  const date = new Intl.DateTimeFormat(locale, { ...options, dateStyle: "long" }).format(instant);
  const time = new Intl.DateTimeFormat(locale, { ...options, timeStyle: "short" }).format(instant);
  const zone = deadline.timeZone.split("/").at(-1)?.replaceAll("_", " ") ?? deadline.timeZone;
  return t("dashboard.deadlineAt", { date, time, zone });
}

/** The same instant on the reader's clock: "05:59", or "4 Apr, 05:59" when the date differs there. */
export function yourTime(deadline: Deadline, locale: string, viewerZone?: string): string {
  const instant = new Date(deadline.utc);
  const day = (timeZone: string | undefined) => new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(instant);
  const sameDay = day(deadline.timeZone) === day(viewerZone);
  const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: "short" } : { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: viewerZone }).format(instant);
}

/** "2 days 4 hours left" before the deadline, "3 hours ago" after it, by the server's clock. */
export function relativeToNow(deadline: Deadline, now: Date, locale: string, t: Translate): string {
  const ms = Date.parse(deadline.utc) - now.getTime();
  const span = formatDuration(ms, locale) ?? t("dashboard.lessThanMinute");
  return ms > 0 ? t("dashboard.left", { time: span }) : t("dashboard.ago", { time: span });
}

/** Whether the deadline has passed by the server's clock. */
export const hasPassed = (deadline: Deadline, now: Date) => now.getTime() >= Date.parse(deadline.utc);

/**
 * The consultation's deadline in one sentence: "Closes 3 April 2027, 23:59 New York time (05:59
 * your time, 2 days 4 hours left)", or how it closed.
 */
export function describeDeadline(deadline: Deadline, closed: boolean, now: Date, locale: string, t: Translate, viewerZone?: string): string {
  const values = { when: deadlineWhen(deadline, locale, t), yours: yourTime(deadline, locale, viewerZone), relative: relativeToNow(deadline, now, locale, t) };
  if (!hasPassed(deadline, now)) {
    return t(closed ? "dashboard.closedEarly" : "dashboard.closes", values);
  }
  return t("dashboard.closed", values);
}
