import { formatDuration } from "./formatDuration";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "2 days 4 hours" (or "3 hours 12 minutes", or "5 minutes") in the reader's language; never less than a minute. */
export function formatTimeLeft(milliseconds: number, locale: string): string {
  return formatDuration(Math.max(MINUTE, milliseconds), locale) ?? "";
}

/** Within three days of the deadline, everyone sees a banner. */
export const BANNER_BEFORE_MS = 72 * HOUR;
