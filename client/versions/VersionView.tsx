import type { ReactNode } from "react";
import type { VersionContent } from "../../shared/api/versions";
import { useI18n } from "../i18n/useI18n";
import { versionName } from "./versionLabel";

/** A saved version's text, read-only: headings and numbered paragraphs in order. */
export function VersionView({ data, onClose }: { data: VersionContent; onClose(): void }) {
  const { t } = useI18n();
  const { headings, paragraphs } = data.content;
  const headingsBefore = (index: number): ReactNode[] =>
    headings
      .filter((heading) => heading.before === index)
      .map((heading) => {
        const Tag = heading.level <= 1 ? "h3" : heading.level === 2 ? "h4" : "h5";
        return (
          <Tag key={heading.id} dir="auto">
            {heading.text}
          </Tag>
        );
      });
  return (
    <section className="version-view" aria-labelledby="version-view-heading">
      <div className="version-view-header">
        <h2 id="version-view-heading" dir="auto">
          {t("versions.viewHeading", { name: versionName(data.version, t) })}
        </h2>
        <button type="button" onClick={onClose}>
          {t("versions.close")}
        </button>
      </div>
      {data.version.note && (
        <p className="muted" dir="auto">
          {data.version.note}
        </p>
      )}
      <div className="version-text">
        {paragraphs.map((paragraph, index) => (
          <div key={paragraph.id}>
            {headingsBefore(index)}
            <p data-id={paragraph.id} dir="auto">
              <span className="version-paragraph-number">
                <span className="visually-hidden">{t("paragraph.number", { number: paragraph.number })}</span>
                <span aria-hidden="true">{paragraph.number}</span>
              </span>
              {paragraph.text}
            </p>
          </div>
        ))}
        {headingsBefore(paragraphs.length)}
      </div>
    </section>
  );
}
