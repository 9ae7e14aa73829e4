import { useCallback, useEffect, useState } from "react";
import type { ApiState } from "./useApi";

/** `useApi` with a `reload()` that keeps showing the last data until the new answer arrives. */
export function useReloadableApi<T>(key: string, load: () => Promise<T>): { state: ApiState<T>; reload(): void } {
  const [version, setVersion] = useState(0);
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
    // `load` is keyed by `key`, as in `useApi`; `version` asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { state: state.key === key ? state.value : { status: "loading" }, reload };
}
