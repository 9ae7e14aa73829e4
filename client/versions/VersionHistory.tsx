import { useEffect, useRef, useState } from "react";
import type { Version } from "../../shared/api/versions";
import { useI18n } from "../i18n/useI18n";
import { formatSavedAt, versionName } from "./versionLabel";

interface VersionHistoryProps {
  versions: Version[];
  canRestore: boolean;
  onOpen(version: Version): void;
  onRestore(version: Version): void;
}

/** The versions, newest first: name, kind, who, when; open any, restore (after confirming) if one may write. */
export function VersionHistory({ versions, canRestore, onOpen, onRestore }: VersionHistoryProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState<Version | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);

  if (versions.length === 0) {
    return <p>{t("versions.empty")}</p>;
  }
  return (
    <div className="version-history">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("versions.name")}</th>
            <th scope="col">{t("versions.kind")}</th>
            <th scope="col">{t("versions.by")}</th>
            <th scope="col">{t("versions.when")}</th>
            <th scope="col">{t("versions.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const name = versionName(version, t);
            return (
              <tr key={version.id} data-version-id={version.id}>
                <th scope="row" dir="auto">
                  {name}
                  {version.note && <span className="version-note">{version.note}</span>}
                </th>
                <td>{t(`versions.kind.${version.kind}`)}</td>
                <td dir="auto">{version.createdBy?.name ?? t("versions.byParley")}</td>
                <td>
                  <time dateTime={version.createdAt}>{formatSavedAt(version.createdAt, locale)}</time>
                </td>
                <td className="version-actions">
                  <button type="button" onClick={() => onOpen(version)}>
                    {t("versions.open", { name })}
                  </button>
                  {canRestore && (
                    <button type="button" onClick={() => setConfirming(version)}>
                      {t("versions.restore", { name })}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {confirming && (
        <div className="restore-confirm" role="alertdialog" aria-labelledby="restore-confirm-text">
          <p id="restore-confirm-text" dir="auto">
            {t("versions.confirmRestore", { name: versionName(confirming, t) })}
          </p>
          <button
            ref={confirmButton}
            type="button"
            className="primary"
            onClick={() => {
              setConfirming(null);
              onRestore(confirming);
            }}
          >
            {t("versions.confirmYes")}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            {t("versions.cancel")}
          </button>
        </div>
      )}
    </div>
  );
}
