/** The six UN languages Parley speaks, in the UN's order: the UI and every file the server renders. */
export const LOCALE_CODES = ["ar", "zh", "en", "fr", "ru", "es"] as const;

/** One of Parley's languages, by its ISO 639-1 code. */
export type Locale = (typeof LOCALE_CODES)[number];

/** Which way each language's text runs: Arabic from the right, the others from the left. */
export const LOCALE_DIRECTIONS: Record<Locale, "ltr" | "rtl"> = { ar: "rtl", zh: "ltr", en: "ltr", fr: "ltr", ru: "ltr", es: "ltr" };

/** True for one of the six codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALE_CODES as readonly string[]).includes(value);
}

/** True when the language is written right to left. */
export const isRightToLeftLocale = (locale: Locale) => LOCALE_DIRECTIONS[locale] === "rtl";
