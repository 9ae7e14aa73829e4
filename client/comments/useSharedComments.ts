import { useEffect, useState } from "react";
import type { PlacedComment } from "../../shared/api/comments";
import { getSharedComments } from "../api/sharedComments";

/** How often partners' shared comments are fetched again while shown. */
const REFRESH_MS = 30_000;

/**
 * What organisations shared with the coalition (ours included), fetched while `enabled`: again every
 * little while, when the window regains focus, and when `version` changes (after an endorsement).
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
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    window.addEventListener("focus", load);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener("focus", load);
    };
  }, [consultationId, enabled, version]);
  return enabled ? comments : [];
}
