import { useEffect, useState } from "react";

const TICK_MS = 15_000;

/** The server's time, kept current between reads by this browser's clock plus `clockOffset`. */
export function useServerNow(clockOffset: number): Date {
  const [now, setNow] = useState(() => new Date(Date.now() + clockOffset));
  useEffect(() => {
    setNow(new Date(Date.now() + clockOffset));
    const timer = window.setInterval(() => setNow(new Date(Date.now() + clockOffset)), TICK_MS);
    return () => window.clearInterval(timer);
  }, [clockOffset]);
  return now;
}
