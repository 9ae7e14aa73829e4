import type { ReactNode } from "react";
import type { ApiState } from "../api/useApi";
import { describeError } from "../app/describeError";
import { useI18n } from "../i18n/useI18n";

/** Shows a request's outcome: a status while loading, an alert when it failed, else `children(data)`. */
export function Loaded<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === "loading") {
    return <p role="status">{t("common.loading")}</p>;
  }
  if (state.status === "failed") {
    return <p role="alert">{describeError(state.error, t)}</p>;
  }
  return <>{children(state.data)}</>;
}
