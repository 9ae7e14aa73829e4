import { useId } from "react";
import type { ImportMapping } from "../../shared/api/exports";
import { useI18n } from "../i18n/useI18n";

interface ImportMappingSummaryProps {
  mapping: ImportMapping;
  /** Names of the consultation's organisations by id. */
  organisationNames: ReadonlyMap<string, string>;
}

/**
 * In an import's preview: how the current paragraphs' ids, and with them the comments, carry
 * over to the file's text (kept, re-attached at another number, detached), with a warning and
 * the list of comments that would move or detach, before anything is written.
 */
export function ImportMappingSummary({ mapping, organisationNames }: ImportMappingSummaryProps) {
  const { t } = useI18n();
  const headingId = useId();
  const counts = (record: ImportMapping["paragraphs"]) => ({ kept: String(record.kept), reattached: String(record.reattached), detached: String(record.detached) });
  const name = (id: string) => organisationNames.get(id) ?? id;
  return (
    <section className="import-mapping" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("imports.mappingHeading")}</h4>
      <p>{t("imports.paragraphFates", counts(mapping.paragraphs))}</p>
      <p>{t("imports.commentFates", counts(mapping.comments))}</p>
      {mapping.comments.detached > 0 && (
        <p className="notice import-detach-warning" role="alert">
          {t("imports.detachWarning", { count: String(mapping.comments.detached) })}
        </p>
      )}
      {mapping.affectedComments.length > 0 && (
        <ul className="import-affected-comments">
          {mapping.affectedComments.map((affected) => (
            <li key={`${affected.organisationId}/${affected.commentId}`} dir="auto" data-outcome={affected.outcome}>
              {affected.outcome === "detached"
                ? t("imports.commentDetaches", { organisation: name(affected.organisationId), from: affected.number })
                : t("imports.commentMoves", { organisation: name(affected.organisationId), from: affected.number, to: affected.newNumber ?? "" })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
