import { z } from "zod";

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A deadline as people state it (local date-time in an IANA zone) and as the server compares it. */
export const Deadline = z.object({
  /** Local date-time in the zone, minute precision: "2027-04-03T23:59". */
  local: z.string().regex(LOCAL_DATE_TIME),
  /** IANA time zone, e.g. "America/New_York". */
  timeZone: z.string().min(1),
  /** The same instant in UTC, ISO 8601. */
  utc: z.iso.datetime(),
});
export type Deadline = z.infer<typeof Deadline>;

/** Offset of `timeZone` from UTC at `instant`, in minutes (New York in April: -240). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The UTC instant of a local date-time ("2027-04-03T23:59") in an IANA zone. */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const naive = new Date(`${local}:00Z`);
  if (!LOCAL_DATE_TIME.test(local) || Number.isNaN(naive.getTime())) {
    throw new RangeError(`Not a local date-time: ${local}`);
  }
  // Two passes settle the offset on both sides of a daylight-saving change.
  const first = new Date(naive.getTime() - zoneOffsetMinutes(naive, timeZone) * 60_000);
  return new Date(naive.getTime() - zoneOffsetMinutes(first, timeZone) * 60_000);
}

/** Builds a deadline from its local form. */
export function makeDeadline(local: string, timeZone: string): Deadline {
  return { local, timeZone, utc: zonedTimeToUtc(local, timeZone).toISOString() };
}

/** The next `month`/`day` at `time` in `timeZone` that is still ahead of `now`. */
export function nextDeadline(month: number, day: number, time: string, timeZone: string, now: Date): Deadline {
  const pad = (value: number) => String(value).padStart(2, "0");
  for (let year = now.getUTCFullYear(); ; year += 1) {
    const deadline = makeDeadline(`${year}-${pad(month)}-${pad(day)}T${time}`, timeZone);
    if (new Date(deadline.utc) > now) {
      return deadline;
    }
  }
}
