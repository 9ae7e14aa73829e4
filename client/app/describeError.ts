import { ApiError } from "../api/ApiError";
import type { Translate } from "../i18n/I18nProvider";

/** A sentence for people about a failed request: translated where Parley knows the case, else the server's own words. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case "network_error":
        return t("common.networkError");
      case "forbidden":
        return t("common.forbidden");
      case "unauthenticated":
        return t("common.signedOut");
      default:
        return t("common.failed", { message: error.message });
    }
  }
  return t("common.failed", { message: error instanceof Error ? error.message : String(error) });
}
