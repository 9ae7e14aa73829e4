import { useEffect } from "react";
import { CloseCode } from "../../shared/collab/closeCodes";
import type { DocumentName } from "../../shared/collab/documentNames";
import { documentAccess, type Viewer } from "../../shared/permissions";
import type { CollabSession } from "../collab/useCollabProvider";

/** How often a page whose document was refused asks whether the person's access came back. */
const ACCESS_RECHECK_MS = 3_000;

/**
 * After the server refused the document (access removed), reads the person's roles at once (so
 * the page stops offering what they lost) and then every few seconds and whenever the window is
 * focused, and reopens the document as soon as they may open it again: no reload needed.
 */
export function useRegainedAccess(session: CollabSession | null, document: DocumentName | null, refresh: () => Promise<Viewer | null>): void {
  const refused = session?.refusalCode === CloseCode.forbidden;
  const reopen = session?.reopen;
  useEffect(() => {
    if (!refused || !reopen || !document) {
      return;
    }
    let current = true;
    const check = () => void refresh().then((viewer) => current && viewer && documentAccess(viewer, document) !== "none" && reopen());
    check();
    const timer = window.setInterval(check, ACCESS_RECHECK_MS);
    window.addEventListener("focus", check);
    return () => {
      current = false;
      window.clearInterval(timer);
      window.removeEventListener("focus", check);
    };
  }, [refused, reopen, refresh, document]);
}
