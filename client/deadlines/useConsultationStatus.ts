import { useCallback, useEffect, useRef, useState } from "react";
import type { ConsultationStatus } from "../../shared/api/submissions";
import { getConsultationStatus } from "../api/submissions";

/** How often the status is read again while a page shows it; a lock itself arrives live over the sync connection. */
export const REFRESH_INTERVAL_MS = 30_000;

interface StatusRead {
  data: ConsultationStatus | null;
  /** The server's clock minus this browser's, in ms, as of the last answer. */
  clockOffset: number;
  loadedAt: Date | null;
  loading: boolean;
  error: Error | null;
}

/** The consultation's status as last read, the server's clock offset, and `refresh()`. */
export type ConsultationStatusState = StatusRead & { refresh(): void };

/**
 * Reads the status now, every 30 seconds, on `refresh()` and whenever the window regains focus.
 * The server's `now` is the only clock deadlines answer to, so its offset from this browser's
 * clock is kept for countdowns. A failed read keeps the last status on screen.
 */
export function useConsultationStatus(consultationId: string): ConsultationStatusState {
  const [state, setState] = useState<StatusRead>({ data: null, clockOffset: 0, loadedAt: null, loading: true, error: null });
  const latest = useRef(0);
  const inFlight = useRef(false);
  const refresh = useCallback(() => {
    const request = ++latest.current;
    inFlight.current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const settle = (next: (previous: StatusRead) => StatusRead) => {
      if (request === latest.current) {
        inFlight.current = false;
        setState(next);
      }
    };
    getConsultationStatus(consultationId).then(
      (data) => {
        const received = new Date();
        settle(() => ({ data, clockOffset: Date.parse(data.now) - received.getTime(), loadedAt: received, loading: false, error: null }));
      },
      (error: unknown) => settle((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) })),
    );
  }, [consultationId]);

  useEffect(() => {
    refresh();
    const quietRefresh = () => !inFlight.current && refresh();
    const onVisible = () => document.visibilityState === "visible" && quietRefresh();
    const timer = window.setInterval(quietRefresh, REFRESH_INTERVAL_MS);
    window.addEventListener("focus", quietRefresh);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      latest.current += 1;
      inFlight.current = false;
      window.clearInterval(timer);
      window.removeEventListener("focus", quietRefresh);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  return { ...state, refresh };
}
