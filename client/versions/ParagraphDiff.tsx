import type { CommentOutcome, DiffComment } from "../../shared/diff/CommentFate";
import type { ParagraphChange } from "../../shared/diff/ReportDiff";
import type { Translate } from "../i18n/I18nProvider";
import { useI18n } from "../i18n/useI18n";
import { OurComments } from "./OurComments";
import { Marked, Redline } from "./Redline";

/** The labels of one paragraph's change: its status, then a move, a split or a merge. */
function labels(change: ParagraphChange, numberOf: (id: string, side: "old" | "new") => string, t: Translate): string[] {
  const result: string[] = [];
  if (change.status !== "unchanged") {
    result.push(t(`diff.${change.status}`));
  }
  if (change.movedFrom) {
    result.push(change.movedFrom.afterNumber ? t("diff.movedFrom", { number: change.movedFrom.afterNumber }) : t("diff.movedFromStart"));
  }
  if (change.splitFrom) {
    result.push(t("diff.splitFrom", { number: numberOf(change.splitFrom, "new") }));
  }
  if (change.mergedInto) {
    result.push(t("diff.mergedInto", { number: numberOf(change.mergedInto, "new") }));
  }
  return result;
}

/** One side of a paragraph: its text as that version had it, changes marked. */
function Side({ change, side }: { change: ParagraphChange; side: "old" | "new" }) {
  const paragraph = side === "old" ? change.old : change.new;
  if (!paragraph) {
    return null;
  }
  if (change.words) {
    return <Redline parts={change.words} side={side} />;
  }
  const whole = change.status === "added" ? "added" : change.status === "removed" ? "removed" : "same";
  return <Marked change={whole} text={paragraph.text} />;
}

interface ParagraphDiffProps {
  change: ParagraphChange;
  layout: "inline" | "sideBySide";
  numberOf: (id: string, side: "old" | "new") => string;
  /** The viewer's organisation's comments on this paragraph, shown beside the change. */
  ours?: { comments: DiffComment[]; outcomes: ReadonlyMap<string, CommentOutcome>; organisation: string };
}

/** One paragraph of a diff: number (and former number), what happened, and its text. */
export function ParagraphDiff({ change, layout, numberOf, ours }: ParagraphDiffProps) {
  const { t } = useI18n();
  const number = change.new?.number ?? change.old?.number ?? "";
  const renumbered = change.old && change.new && change.old.number !== change.new.number;
  const notes = labels(change, numberOf, t);
  return (
    <li
      className="paragraph-diff"
      data-status={change.status}
      data-moved={change.movedFrom ? "true" : undefined}
      data-ours={ours && ours.comments.length > 0 ? "true" : undefined}
      data-id={change.id}
    >
      <p className="paragraph-diff-meta">
        <span className="paragraph-diff-number">{t("paragraph.number", { number })}</span>
        {renumbered && <span className="muted"> ({t("diff.wasNumber", { number: change.old?.number ?? "" })})</span>}
        {notes.map((note) => (
          <span key={note} className="diff-badge">
            {note}
          </span>
        ))}
      </p>
      <div className="paragraph-diff-body">
        {layout === "inline" ? (
          <p className="paragraph-diff-text" dir="auto">
            {change.words ? <Redline parts={change.words} /> : <Side change={change} side={change.new ? "new" : "old"} />}
          </p>
        ) : (
          <div className="paragraph-diff-sides">
            {(["old", "new"] as const).map((side) => (
              <div key={side} className="paragraph-diff-side">
                <span className="paragraph-diff-side-label">{t(side === "old" ? "diff.before" : "diff.after")}</span>
                <p className="paragraph-diff-text" dir="auto">
                  <Side change={change} side={side} />
                </p>
              </div>
            ))}
          </div>
        )}
        {ours && ours.comments.length > 0 && <OurComments {...ours} />}
      </div>
    </li>
  );
}
