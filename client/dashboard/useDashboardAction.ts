import { useCallback } from "react";
import { describeError } from "../app/describeError";
import { useI18n } from "../i18n/useI18n";

/** Runs one coordinator action: announces `success` or the failure, then reads the status again either way. */
export type RunAction = (work: () => Promise<unknown>, success: string) => Promise<boolean>;

export function useDashboardAction(announce: (text: string) => void, fail: (text: string) => void, refresh: () => void): RunAction {
  const { t } = useI18n();
  return useCallback(
    async (work, success) => {
      try {
        await work();
        announce(success);
        return true;
      } catch (caught) {
        fail(describeError(caught, t));
        return false;
      } finally {
        refresh();
      }
    },
    [announce, fail, refresh, t],
  );
}
