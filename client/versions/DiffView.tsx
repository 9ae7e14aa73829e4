import { useMemo, useState } from "react";
import type { VersionDiff, VersionRef } from "../../shared/api/versions";
import type { DiffComment } from "../../shared/diff/CommentFate";
import type { DiffSummary, HeadingChange } from "../../shared/diff/ReportDiff";
import type { Translate } from "../i18n/I18nProvider";
import { getDiffComments } from "../api/diffs";
import { useApi } from "../api/useApi";
import { useI18n } from "../i18n/useI18n";
import { DiffDownloads } from "./DiffDownloads";
import { ParagraphDiff } from "./ParagraphDiff";
import { UptakeTable } from "./UptakeTable";

const COUNTS: (keyof DiffSummary)[] = ["added", "removed", "changed", "moved", "split", "merged", "unchanged", "headings"];

function headingNote(change: HeadingChange, t: Translate): string {
  if (change.status === "changed") {
    return t("diff.headingChanged", { old: change.old?.text ?? "", new: change.new?.text ?? "" });
  }
  return t(change.status === "added" ? "diff.headingAdded" : "diff.headingRemoved", { text: (change.new ?? change.old)?.text ?? "" });
}

interface DiffViewProps {
  result: VersionDiff;
  fromName: string;
  toName: string;
  docName: string;
  from: VersionRef;
  to: VersionRef;
  /** Whether the viewer has an organisation's comments to see (a member of one taking part, or a coordinator). */
  withComments: boolean;
}

/**
 * A diff between two versions: summary counts, downloads, heading changes, then every paragraph,
 * inline or side by side, with the viewer's organisation's comments beside the paragraphs they
 * answer and a table of what became of them.
 */
export function DiffView({ result, fromName, toName, docName, from, to, withComments }: DiffViewProps) {
  const { t } = useI18n();
  const [layout, setLayout] = useState<"inline" | "sideBySide">("inline");
  const [changedOnly, setChangedOnly] = useState(true);
  const [oursOnly, setOursOnly] = useState(false);
  const [organisation, setOrganisation] = useState<string | undefined>(undefined);
  const ours = useApi(`diff-comments:${docName}:${from}:${to}:${organisation ?? ""}:${withComments}`, () =>
    withComments ? getDiffComments(docName, from, to, organisation) : Promise.resolve(null),
  );
  const ourData = ours.status === "done" ? ours.data : null;
  const { diff } = result;
  const numbers = useMemo(() => {
    const byId = new Map(diff.paragraphs.map((change) => [change.id, change]));
    return (id: string, side: "old" | "new") => byId.get(id)?.[side]?.number ?? "?";
  }, [diff]);
  const commented = useMemo(() => {
    const byParagraph = new Map<string, DiffComment[]>();
    for (const comment of ourData?.comments ?? []) {
      byParagraph.set(comment.paragraphId, [...(byParagraph.get(comment.paragraphId) ?? []), comment]);
    }
    return { byParagraph, outcomes: new Map((ourData?.outcomes ?? []).map((outcome) => [outcome.commentId, outcome])) };
  }, [ourData]);
  const shown = diff.paragraphs
    .filter((change) => !changedOnly || change.status !== "unchanged" || change.movedFrom)
    .filter((change) => !oursOnly || commented.byParagraph.has(change.id));
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
      <DiffDownloads docName={docName} from={from} to={to} />
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
        {ourData && ourData.comments.length > 0 && (
          <label>
            <input type="checkbox" checked={oursOnly} onChange={(event) => setOursOnly(event.target.checked)} />
            {t("ourComments.only")}
          </label>
        )}
      </div>
      {ours.status === "failed" && <p role="alert">{t("ourComments.failed", { message: ours.error.message })}</p>}
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
          <ParagraphDiff
            key={change.id}
            change={change}
            layout={layout}
            numberOf={numbers}
            ours={ourData ? { comments: commented.byParagraph.get(change.id) ?? [], outcomes: commented.outcomes, organisation: ourData.organisation.name } : undefined}
          />
        ))}
      </ol>
      {ourData && <UptakeTable data={ourData} onOrganisation={setOrganisation} />}
    </section>
  );
}
