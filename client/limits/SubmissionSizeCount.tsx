import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { checkPages, type SubmissionLimits } from "../../shared/submission/limits";
import { fragmentText, ownTexts } from "../../shared/submission/submissionDoc";
import { useI18n } from "../i18n/useI18n";
import "./limits.css";

/** How long typing may go on before the whole submission is counted again. */
const RECOUNT_AFTER_MS = 250;

/** The organisation's own texts, read again a moment after the document changes. */
function useOwnTexts(doc: Y.Doc): string[] {
  const [texts, setTexts] = useState(() => ownTexts(doc));
  useEffect(() => {
    setTexts(ownTexts(doc));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setTexts(ownTexts(doc));
      }, RECOUNT_AFTER_MS);
    };
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      if (timer) {
        clearTimeout(timer);
      }
    };
  }, [doc]);
  return texts;
}

/** A rich-text fragment's plain text, kept current. */
export function useFragmentText(fragment: Y.XmlFragment): string {
  const [text, setText] = useState(() => fragmentText(fragment));
  useEffect(() => {
    const update = () => setText(fragmentText(fragment));
    update();
    fragment.observeDeep(update);
    return () => fragment.unobserveDeep(update);
  }, [fragment]);
  return text;
}

/**
 * The whole submission against the consultation's page limit ("Your submission: 12,480
 * characters, pages: 5 of 10"), kept current as anyone types, and announced once when it goes over.
 * Nothing when the consultation sets no page limit.
 */
export function SubmissionSizeCount({ doc, limits }: { doc: Y.Doc; limits: SubmissionLimits }) {
  const { t, locale } = useI18n();
  const texts = useOwnTexts(doc);
  if (limits.maxPages === null) {
    return null;
  }
  const check = checkPages(texts, limits);
  const number = (value: number) => value.toLocaleString(locale);
  // Counts that choose a plural form go as numbers; the message writes them for the locale.
  const values = { count: check.characters, pages: number(check.pages), max: number(limits.maxPages), excess: check.excess };
  return check.excess > 0 ? (
    <div className="limit-count submission-size">
      <p className="limit-over">{t("limits.pagesOver", values)}</p>
      {/* The same words while the count moves: announced once, on crossing the limit. */}
      <p role="alert" className="visually-hidden">
        {t("limits.pagesOverAnnouncement")}
      </p>
    </div>
  ) : (
    <div className="limit-count submission-size">
      <p className="muted">{t("limits.pages", values)}</p>
    </div>
  );
}
