import { ar } from "./messages/ar";
import { en, type Messages } from "./messages/en";
import { es } from "./messages/es";
import { fr } from "./messages/fr";
import { ru } from "./messages/ru";
import { zh } from "./messages/zh";

/** The six UN languages Parley speaks, each with its own name for itself and its direction. */
export const LOCALES = {
  ar: { label: "العربية", dir: "rtl", messages: ar },
  zh: { label: "中文", dir: "ltr", messages: zh },
  en: { label: "English", dir: "ltr", messages: en },
  fr: { label: "Français", dir: "ltr", messages: fr },
  ru: { label: "Русский", dir: "ltr", messages: ru },
  es: { label: "Español", dir: "ltr", messages: es },
} as const satisfies Record<string, { label: string; dir: "ltr" | "rtl"; messages: Messages }>;

export type Locale = keyof typeof LOCALES;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALES, value);
}

/** The first of the browser's preferred languages that Parley speaks, else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split("-")[0];
    if (isLocale(base)) {
      return base;
    }
  }
  return "en";
}
