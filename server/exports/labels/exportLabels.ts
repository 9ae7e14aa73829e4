import type { Locale } from "../../../shared/i18n/locales";
import { ar } from "./ar";
import { en, type ExportLabels } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { ru } from "./ru";
import { zh } from "./zh";

export type { ExportLabels };

/** Every language's labels; the type makes each catalogue complete. */
export const EXPORT_LABELS: Record<Locale, ExportLabels> = { ar, zh, en, fr, ru, es };

/** The words rendered files put around the data, in one of Parley's languages. */
export function exportLabels(locale: Locale): ExportLabels {
  return EXPORT_LABELS[locale];
}

/** "Label: value", with the language's colon. */
export function labelled(labels: ExportLabels, label: string, value: string): string {
  return `${label}${labels.colon}${value}`;
}

/** A label that introduces what follows on the next lines: "Proposed text:". */
export function leadIn(labels: ExportLabels, label: string): string {
  return `${label}${labels.colon}`.trimEnd();
}
