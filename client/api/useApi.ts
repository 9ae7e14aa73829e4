import { useReloadableApi } from "./useReloadableApi";

/** The state of one request: loading, its data, or its error. */
export type ApiState<T> = { status: "loading" } | { status: "done"; data: T } | { status: "failed"; error: Error };

/** Runs `load` whenever `key` changes and tracks its outcome; stale answers are ignored. */
export function useApi<T>(key: string, load: () => Promise<T>): ApiState<T> {
  return useReloadableApi(key, load).state;
}
