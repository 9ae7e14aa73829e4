import { describe, expect, it } from "vitest";
import { LOCALE_CODES } from "../../../shared/i18n/locales";
import { en, type DiffCounts } from "./en";
import { EXPORT_LABELS, exportLabels } from "./exportLabels";

const COUNTS: DiffCounts = { changed: 11, added: 12, removed: 13, moved: 14, split: 15, merged: 16, headings: 17 };

/** What each label function is called with; a new function without an entry here fails the test. */
const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  quote: ["‹quoted›"],
  paragraph: ["40 bis"],
  section: ["H"],
  commentType: ["‹kind›", "‹stance›", true],
  commentsOf: ["‹organisation›"],
  documentTitle: ["‹consultation›", "‹organisation›"],
  changedSinceSubmitted: ["‹date›"],
  "matrix.title": ["‹consultation›", true],
  "matrix.onQuote": ["‹quoted›", "‹comment›"],
  "diff.movedAfter": ["4"],
  "diff.splitFrom": ["5"],
  "diff.mergedInto": ["6"],
  "diff.renumbered": ["7", "8"],
  "diff.changesFromTo": ["‹from›", "‹to›"],
  "diff.summary": [COUNTS],
  "diff.intro": ["‹from›", "‹to›", COUNTS],
};

/** Every label of a catalogue as [path, text, the values it must carry]; functions are called with their sample arguments. */
function leaves(value: unknown, path = ""): { path: string; text: string; carries: string[] }[] {
  if (typeof value === "string") {
    return [{ path, text: value, carries: [] }];
  }
  if (typeof value === "function") {
    const args = SAMPLE_ARGUMENTS[path];
    if (!args) {
      throw new Error(`no sample arguments for ${path}`);
    }
    const carries = args.flatMap((arg) => (typeof arg === "string" ? [arg] : typeof arg === "object" && arg ? Object.values(arg).map(String) : []));
    return [{ path, text: String((value as (...values: unknown[]) => unknown)(...args)), carries }];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
}

/** Labels a language writes exactly as English does: "Section", "Organisation" in French, the same quotation marks in Chinese. */
const SHARED_WORDS: Partial<Record<(typeof LOCALE_CODES)[number], string[]>> = {
  fr: [
    "section",
    "kinds.question",
    "stances.question",
    "cover.consultation",
    "cover.organisation",
    "cover.date",
    "columns.organisation",
    "columns.section",
    "columns.discussion",
    "matrix.columns.organisation",
    "matrix.author",
  ],
  es: ["kinds.general", "kinds.editorial", "priorities.normal", "no"],
  zh: ["quote"],
};

describe("export labels", () => {
  it("has a catalogue for each of the six languages", () => {
    expect(Object.keys(EXPORT_LABELS).sort()).toEqual([...LOCALE_CODES].sort());
    expect(exportLabels("en")).toBe(en);
  });

  it.each(LOCALE_CODES)("%s: has every English label, none empty, and every value a label wraps", (locale) => {
    const labels = leaves(exportLabels(locale));
    expect(labels.map((label) => label.path)).toEqual(leaves(en).map((label) => label.path));
    for (const { path, text, carries } of labels) {
      expect(text.trim(), `${locale} ${path}`).not.toBe("");
      for (const value of carries) {
        expect(text, `${locale} ${path}`).toContain(value);
      }
    }
  });

  it.each(LOCALE_CODES.filter((locale) => locale !== "en"))("%s: translates the labels, leaving in English only words the language shares", (locale) => {
    const english = new Map(leaves(en).map((label) => [label.path, label.text]));
    const same = leaves(exportLabels(locale)).filter((label) => label.text === english.get(label.path) && label.path !== "colon");
    expect(same.map((label) => label.path)).toEqual(SHARED_WORDS[locale] ?? []);
  });
});
