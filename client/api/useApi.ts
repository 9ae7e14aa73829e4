import { useEffect, useState } from "react";

/** The state of one request: loading, its data, or its error. */
export type ApiState<T> = { status: "loading" } | { status: "done"; data: T } | { status: "failed"; error: Error };

/** Runs `load` whenever `key` changes and tracks its outcome; stale answers are ignored. */
export function useApi<T>(key: string, load: () => Promise<T>): ApiState<T> {
  const [state, setState] = useState<{ key: string; value: ApiState<T> }>({ key, value: { status: "loading" } });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ key, value: { status: "done", data } }),
      (error: unknown) =>
        current && setState({ key, value: { status: "failed", error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      current = false;
    };
    // `load` is keyed by `key`: a new closure with the same key asks for the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: "loading" };
}
