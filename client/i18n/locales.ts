import { isLocale, LOCALE_DIRECTIONS, type Locale } from "../../shared/i18n/locales";
import { ar } from "./messages/ar";
import { en, type Messages } from "./messages/en";
import { es } from "./messages/es";
import { fr } from "./messages/fr";
import { ru } from "./messages/ru";
import { zh } from "./messages/zh";

export { isLocale, type Locale };

/** The six UN languages Parley speaks, each with its own name for itself, its direction and its UI strings. */
export const LOCALES = {
  ar: { label: "العربية", dir: LOCALE_DIRECTIONS.ar, messages: ar },
  zh: { label: "中文", dir: LOCALE_DIRECTIONS.zh, messages: zh },
  en: { label: "English", dir: LOCALE_DIRECTIONS.en, messages: en },
  fr: { label: "Français", dir: LOCALE_DIRECTIONS.fr, messages: fr },
  ru: { label: "Русский", dir: LOCALE_DIRECTIONS.ru, messages: ru },
  es: { label: "Español", dir: LOCALE_DIRECTIONS.es, messages: es },
} as const satisfies Record<Locale, { label: string; dir: "ltr" | "rtl"; messages: Messages }>;

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
