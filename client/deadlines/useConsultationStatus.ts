import { useCallback, useEffect, useRef, useState } from "react";
import type { ConsultationStatus } from "../../shared/api/submissions";
import { getConsultationStatus } from "../api/consultationStatus";

/** How often the status is asked for again; the lock itself arrives live over the sync connection. */
const REFRESH_MS = 30_000;
/** How often the countdown moves. */
const TICK_MS = 15_000;

export interface LiveStatus {
  status: ConsultationStatus | null;
  /** The time by the server's clock, the only authority on deadlines. */
  now: Date;
  reload: () => void;
}

/** A consultation's deadlines and the caller's organisations' submissions, kept fresh, with the server's time. */
export function useConsultationStatus(consultationId: string): LiveStatus {
  const [status, setStatus] = useState<ConsultationStatus | null>(null);
  const offset = useRef(0);
  const [, setTick] = useState(0);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((value) => value + 1), []);

  useEffect(() => {
    let current = true;
    const load = () =>
      getConsultationStatus(consultationId).then(
        (answer) => {
          if (current) {
            offset.current = Date.parse(answer.now) - Date.now();
            setStatus(answer);
          }
        },
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    window.addEventListener("focus", load);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener("focus", load);
    };
  }, [consultationId, version]);

  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  return { status, now: new Date(Date.now() + offset.current), reload };
}
