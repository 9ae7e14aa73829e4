import type { DiffFormat } from "../../shared/api/diffs";
import type { VersionRef } from "../../shared/api/versions";
import { diffExportPath } from "../api/diffs";
import { useI18n } from "../i18n/useI18n";

const FORMATS: DiffFormat[] = ["docx", "html", "pdf"];

/** Links that download the diff as Word (tracked changes), a web page or PDF. */
export function DiffDownloads({ docName, from, to }: { docName: string; from: VersionRef; to: VersionRef }) {
  const { t, locale } = useI18n();
  return (
    <nav className="diff-downloads" aria-label={t("diff.download")}>
      <span>{t("diff.download")}</span>
      <ul>
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={diffExportPath(docName, from, to, format, locale)} download>
              {t(`diff.download.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
