const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type DurationUnit = "day" | "hour" | "minute";

/**
 * The two largest units of a length of time, rounded down: 2 days 4 hours, 3 hours 12 minutes,
 * 12 minutes. A zero second unit is left out; under a minute gives no parts.
 */
export function durationParts(ms: number): { unit: DurationUnit; value: number }[] {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE)) * MINUTE;
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const all = [
    { unit: "day" as const, value: days },
    { unit: "hour" as const, value: hours },
    { unit: "minute" as const, value: minutes },
  ];
  const first = all.findIndex((part) => part.value > 0);
  if (first < 0) {
    return [];
  }
  return all.slice(first, first + 2).filter((part) => part.value > 0);
}

/**
 * "2 days 4 hours" in the reader's language, plurals and all, from the browser's own Intl data;
 * null under a minute, so the caller can say so in words.
 */
export function formatDuration(ms: number, locale: string): string | null {
  const parts = durationParts(ms);
  if (parts.length === 0) {
    return null;
  }
  const words = parts.map(({ unit, value }) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value));
  return new Intl.ListFormat(locale, { type: "unit", style: "narrow" }).format(words);
}
