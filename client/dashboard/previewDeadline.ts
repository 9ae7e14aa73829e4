import { DeadlineInput } from "../../shared/api/submissions";
import { makeDeadline, type Deadline } from "../../shared/deadline";

/** The deadline a coordinator is typing, with its UTC instant; null until the date-time and zone are both valid. */
export function previewDeadline(local: string, timeZone: string): Deadline | null {
  const input = DeadlineInput.safeParse({ local, timeZone: timeZone.trim() });
  if (!input.success) {
    return null;
  }
  try {
    return makeDeadline(input.data.local, input.data.timeZone);
  } catch {
    return null;
  }
}

/** The same local time one day later ("2027-04-03T23:59" → "2027-04-04T23:59"): where an extension starts. */
export function dayLater(local: string): string {
  const next = new Date(`${local}:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return Number.isNaN(next.getTime()) ? local : next.toISOString().slice(0, 16);
}

/** "2027-04-04 03:59 UTC": the instant as the server stores it, the same in every language. */
export const utcLabel = (deadline: Deadline) => `${deadline.utc.slice(0, 10)} ${deadline.utc.slice(11, 16)} UTC`;

/** The zones a coordinator may pick from: the browser's IANA list, and UTC. */
export function timeZoneChoices(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** The browser's own zone, where a new deadline starts. */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
