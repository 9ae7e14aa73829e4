import type { MessageKey } from "../i18n/messages/en";
import { useI18n } from "../i18n/useI18n";
import type { ConnectionStatus } from "./useCollabProvider";

const LABELS: Record<Exclude<ConnectionStatus, "refused">, MessageKey> = {
  connected: "status.connected",
  syncing: "status.syncing",
  connecting: "status.connecting",
  offline: "status.offline",
};

/** Connection state, announced politely to screen readers when it changes. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n();
  if (status === "refused") {
    return null;
  }
  return (
    <p className="connection-badge" data-status={status} role="status" aria-label={t("status.label")}>
      <span className="connection-dot" aria-hidden="true" />
      {t(LABELS[status])}
    </p>
  );
}
