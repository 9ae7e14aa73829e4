import { useMemo, useState } from "react";
import type { VersionDiff } from "../../shared/api/versions";
import type { DiffSummary, HeadingChange } from "../../shared/diff/ReportDiff";
import type { Translate } from "../i18n/I18nProvider";
import { useI18n } from "../i18n/useI18n";
import { ParagraphDiff } from "./ParagraphDiff";

const COUNTS: (keyof DiffSummary)[] = ["added", "removed", "changed", "moved", "split", "merged", "unchanged", "headings"];

function headingNote(change: HeadingChange, t: Translate): string {
  if (change.status === "changed") {
    return t("diff.headingChanged", { old: change.old?.text ?? "", new: change.new?.text ?? "" });
  }
  return t(change.status === "added" ? "diff.headingAdded" : "diff.headingRemoved", { text: (change.new ?? change.old)?.text ?? "" });
}

/** A diff between two versions: summary counts, heading changes, then every paragraph, inline or side by side. */
export function DiffView({ result, fromName, toName }: { result: VersionDiff; fromName: string; toName: string }) {
  const { t } = useI18n();
  const [layout, setLayout] = useState<"inline" | "sideBySide">("inline");
  const [changedOnly, setChangedOnly] = useState(true);
  const { diff } = result;
  const numbers = useMemo(() => {
    const byId = new Map(diff.paragraphs.map((change) => [change.id, change]));
    return (id: string, side: "old" | "new") => byId.get(id)?.[side]?.number ?? "?";
  }, [diff]);
  const shown = changedOnly ? diff.paragraphs.filter((change) => change.status !== "unchanged" || change.movedFrom) : diff.paragraphs;
  const same = diff.summary.unchanged === diff.paragraphs.length && diff.headings.length === 0;

  return (
    <section className="diff-view" aria-labelledby="diff-heading">
      <h2 id="diff-heading" dir="auto">
        {t("diff.heading", { from: fromName, to: toName })}
      </h2>
      <h3>{t("diff.summary")}</h3>
      <dl className="diff-summary">
        {COUNTS.map((key) => (
          <div key={key} data-count={key}>
            <dt>{t(`diff.${key}`)}</dt>
            <dd>{diff.summary[key]}</dd>
          </div>
        ))}
      </dl>
      {same && <p role="status">{t("diff.none")}</p>}
      <div className="diff-controls">
        <fieldset>
          <legend>{t("diff.layout")}</legend>
          {(["inline", "sideBySide"] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="diff-layout" value={value} checked={layout === value} onChange={() => setLayout(value)} />
              {t(value === "inline" ? "diff.inline" : "diff.sideBySide")}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" checked={changedOnly} onChange={(event) => setChangedOnly(event.target.checked)} />
          {t("diff.changedOnly")}
        </label>
      </div>
      {diff.headings.length > 0 && (
        <ul className="heading-changes">
          {diff.headings.map((change) => (
            <li key={change.id} dir="auto">
              {headingNote(change, t)}
            </li>
          ))}
        </ul>
      )}
      <ol className="paragraph-diffs" data-layout={layout}>
        {shown.map((change) => (
          <ParagraphDiff key={change.id} change={change} layout={layout} numberOf={numbers} />
        ))}
      </ol>
    </section>
  );
}
