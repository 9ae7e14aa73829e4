import { useEffect, useState } from "react";
import type { ServerNotices } from "../collab/ServerNotices";

/**
 * Why the server locked the document, or null: the server announces a lock (a deadline passed,
 * the consultation closed) in a server notice, so it arrives live on the open connection. Only that
 * channel counts: a `lock` someone puts in presence is ignored.
 */
export function useDocumentLock(notices: ServerNotices | null): string | null {
  const [lock, setLock] = useState<string | null>(() => notices?.lock ?? null);
  useEffect(() => {
    if (!notices) {
      setLock(null);
      return;
    }
    const update = () => setLock(notices.lock);
    update();
    return notices.subscribe(update);
  }, [notices]);
  return lock;
}
