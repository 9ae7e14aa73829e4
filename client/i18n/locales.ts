import { isLocale, LOCALE_DIRECTIONS, type Locale } from "../../shared/i18n/locales";
import { en, type Messages } from "./messages/en";

export { isLocale, type Locale };

/** The six UN languages Parley speaks, each with its own name for itself and its direction. */
export const LOCALES = {
  ar: { label: "العربية", dir: LOCALE_DIRECTIONS.ar },
  zh: { label: "中文", dir: LOCALE_DIRECTIONS.zh },
  en: { label: "English", dir: LOCALE_DIRECTIONS.en },
  fr: { label: "Français", dir: LOCALE_DIRECTIONS.fr },
  ru: { label: "Русский", dir: LOCALE_DIRECTIONS.ru },
  es: { label: "Español", dir: LOCALE_DIRECTIONS.es },
} as const satisfies Record<Locale, { label: string; dir: "ltr" | "rtl" }>;

/**
 * Each language's UI strings. English is built in; the others load when chosen, so that nobody
 * downloads the five languages they do not read.
 */
const MESSAGES: Record<Locale, () => Promise<Messages>> = {
  ar: async () => (await import("./messages/ar")).ar,
  zh: async () => (await import("./messages/zh")).zh,
  en: () => Promise.resolve(en),
  fr: async () => (await import("./messages/fr")).fr,
  ru: async () => (await import("./messages/ru")).ru,
  es: async () => (await import("./messages/es")).es,
};

/** A language's UI strings. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return MESSAGES[locale]();
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
