const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 days, 4 hours" (or "3 hours, 12 minutes", or "5 minutes") in the reader's language. */
export function formatTimeLeft(milliseconds: number, locale: string): string {
  const total = Math.max(0, milliseconds);
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.max(days === 0 && hours === 0 ? 1 : 0, Math.floor((total % HOUR) / MINUTE));
  const unit = (value: number, name: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  const parts = days > 0 ? [unit(days, "day"), unit(hours, "hour")] : hours > 0 ? [unit(hours, "hour"), unit(minutes, "minute")] : [unit(minutes, "minute")];
  return new Intl.ListFormat(locale, { style: "long", type: "unit" }).format(parts);
}

/** The deadline's time of day in the reader's own zone: "05:59". */
export function localTime(utc: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(new Date(utc));
}

/** Within three days of the deadline, everyone sees a banner. */
export const BANNER_BEFORE_MS = 72 * HOUR;
