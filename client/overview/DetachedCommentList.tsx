import { useId } from "react";
import type { CommentMatrix } from "../../shared/api/comments";
import { useI18n } from "../i18n/useI18n";
import { MatrixComment } from "./MatrixComment";

/**
 * Comments whose paragraph left the report: whose they are, the paragraph's last number and
 * wording as the report's saved versions last had them (read on the server), and what they said.
 */
export function DetachedCommentList({ detached, names }: { detached: CommentMatrix["detached"]; names: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const headingId = useId();
  if (detached.length === 0) {
    return null;
  }
  return (
    <section className="overview-detached" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("comments.detachedHeading")}</h2>
      <ul>
        {detached.map((placed) => (
          <li key={`${placed.organisationId}/${placed.comment.id}`}>
            <p className="detached-where">
              <strong dir="auto">{names.get(placed.organisationId) ?? placed.organisationId}</strong>
              {t("overview.listSeparator")}
              {placed.lastSeen
                ? t("overview.lastNumbered", { number: placed.lastSeen.number })
                : t("overview.numberedWhenWritten", { number: placed.comment.paragraphNumber })}
            </p>
            {placed.lastSeen && (
              <figure className="detached-last-wording">
                <figcaption>{t("overview.lastWording")}</figcaption>
                <blockquote dir="auto">{placed.lastSeen.text}</blockquote>
              </figure>
            )}
            <MatrixComment placed={placed} paragraphText={placed.lastSeen?.text ?? null} names={names} />
          </li>
        ))}
      </ul>
    </section>
  );
}
