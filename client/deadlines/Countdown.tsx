import type { Deadline } from "../../shared/deadline";
import { formatDeadline } from "../i18n/formatDeadline";
import { useI18n } from "../i18n/useI18n";
import "./deadlines.css";
import { BANNER_BEFORE_MS, formatTimeLeft } from "./timeLeft";
import { viewerTime } from "./viewerTime";

interface CountdownProps {
  deadline: Deadline;
  now: Date;
  /** The external deadline, or the coalition's own earlier one. */
  kind: "external" | "internal";
  /** Closed early by a coordinator, whatever the time. */
  closed?: boolean;
}

/** "Closes 3 April 2027, 23:59 (New York time) (Sun 4 April, 05:59 Berlin time — CEST, 2 days 4 hours left)", then "Closed". */
export function Countdown({ deadline, now, kind, closed = false }: CountdownProps) {
  const { t, locale } = useI18n();
  const left = Date.parse(deadline.utc) - now.getTime();
  const when = formatDeadline(deadline, locale, t);
  if (closed || left <= 0) {
    return (
      <p className="countdown" data-state="closed">
        {t(kind === "external" ? "countdown.closed" : "countdown.internalClosed", { when })}
      </p>
    );
  }
  const text = t(kind === "external" ? "countdown.closes" : "countdown.internalCloses", {
    when,
    local: viewerTime(deadline.utc, locale, t),
    left: formatTimeLeft(left, locale),
  });
  return (
    <p className="countdown" data-state={left < BANNER_BEFORE_MS ? "soon" : "open"}>
      {text}
    </p>
  );
}

/** From three days before the deadline: a banner nobody can miss. */
export function DeadlineBanner({ deadline, now, closed }: { deadline: Deadline; now: Date; closed: boolean }) {
  const { t, locale } = useI18n();
  const left = Date.parse(deadline.utc) - now.getTime();
  if (closed || left <= 0) {
    return (
      <p className="deadline-banner" data-state="closed" role="status">
        {t("countdown.bannerClosed")}
      </p>
    );
  }
  if (left >= BANNER_BEFORE_MS) {
    return null;
  }
  return (
    <p className="deadline-banner" data-state="soon" role="status">
      {t("countdown.banner", { left: formatTimeLeft(left, locale) })}
    </p>
  );
}
