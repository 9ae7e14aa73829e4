import { useCallback, useEffect, useRef, useState } from "react";
import type { CommentMatrix } from "../../shared/api/comments";
import { getCommentMatrix } from "../api/comments";

/** The comment matrix as last read, when, and whether a newer read is under way or failed. */
export interface CommentMatrixState {
  data: CommentMatrix | null;
  loadedAt: Date | null;
  loading: boolean;
  error: Error | null;
  refresh(): void;
}

/**
 * Reads the comment matrix, again on `refresh()` and whenever the window regains focus: the
 * matrix comes from live submission documents, so it changes while the coordinator is away.
 * A failed refresh keeps the last matrix on screen.
 */
export function useCommentMatrix(consultationId: string): CommentMatrixState {
  const [state, setState] = useState<Omit<CommentMatrixState, "refresh">>({ data: null, loadedAt: null, loading: true, error: null });
  const latest = useRef(0);
  const inFlight = useRef(false);
  const refresh = useCallback(() => {
    const request = ++latest.current;
    inFlight.current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const settle = (next: (previous: Omit<CommentMatrixState, "refresh">) => Omit<CommentMatrixState, "refresh">) => {
      if (request === latest.current) {
        inFlight.current = false;
        setState(next);
      }
    };
    getCommentMatrix(consultationId).then(
      (data) => settle(() => ({ data, loadedAt: new Date(), loading: false, error: null })),
      (error: unknown) => settle((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error : new Error(String(error)) })),
    );
  }, [consultationId]);

  useEffect(() => {
    refresh();
    // Coming back to the tab fires both events; one read is enough.
    const onFocus = () => !inFlight.current && refresh();
    const onVisible = () => document.visibilityState === "visible" && onFocus();
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      latest.current += 1;
      inFlight.current = false;
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  return { ...state, refresh };
}
