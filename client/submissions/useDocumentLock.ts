import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";

function readLock(awareness: Awareness): string | null {
  for (const state of awareness.getStates().values()) {
    const lock = (state as { lock?: { reason?: unknown } }).lock;
    if (typeof lock?.reason === "string") {
      return lock.reason;
    }
  }
  return null;
}

/**
 * Why the server locked the document, or null: the server announces a lock (a deadline passed,
 * the consultation closed) in its own awareness state, so it arrives live on the open connection.
 */
export function useDocumentLock(awareness: Awareness | null): string | null {
  const [lock, setLock] = useState<string | null>(() => (awareness ? readLock(awareness) : null));
  useEffect(() => {
    if (!awareness) {
      setLock(null);
      return;
    }
    const update = () => setLock(readLock(awareness));
    update();
    awareness.on("change", update);
    return () => awareness.off("change", update);
  }, [awareness]);
  return lock;
}
