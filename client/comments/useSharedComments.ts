import { useEffect, useState } from "react";
import type { PlacedComment } from "../../shared/api/comments";
import { getSharedComments } from "../api/sharedComments";

/**
 * How often what organisations shared is read again while the page is in view: partners share,
 * stop sharing and endorse in their own documents, which this page does not hold.
 */
const REFRESH_MS = 4_000;

/**
 * What organisations shared with the coalition (ours included), fetched while `enabled`: every few
 * seconds while the page is visible (never while it is hidden), at once when it becomes visible
 * again or the window regains focus, and when `version` changes (after our own share or endorsement).
 */
export function useSharedComments(consultationId: string, enabled: boolean, version: number): PlacedComment[] {
  const [comments, setComments] = useState<PlacedComment[]>([]);
  useEffect(() => {
    if (!enabled) {
      return;
    }
    let current = true;
    const load = () =>
      getSharedComments(consultationId).then(
        (list) => current && setComments(list.comments),
        () => undefined,
      );
    const whenVisible = () => {
      if (document.visibilityState === "visible") {
        void load();
      }
    };
    void load();
    const timer = setInterval(whenVisible, REFRESH_MS);
    window.addEventListener("focus", load);
    document.addEventListener("visibilitychange", whenVisible);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener("focus", load);
      document.removeEventListener("visibilitychange", whenVisible);
    };
  }, [consultationId, enabled, version]);
  return enabled ? comments : [];
}
