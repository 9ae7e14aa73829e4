import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { isLocale, LOCALES, preferredLocale, type Locale } from "./locales";
import type { MessageKey } from "./messages/en";

const STORAGE_KEY = "parley.locale";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  locale: Locale;
  dir: "ltr" | "rtl";
  setLocale(locale: Locale): void;
  /** The UI string for `key`, with `{name}` placeholders filled in. */
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : preferredLocale(navigator.languages);
}

/** The one i18n layer: every UI string goes through `t`; the page's `lang` and `dir` follow the locale. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const { dir, messages } = LOCALES[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const t = useCallback<Translate>(
    (key, values = {}) => messages[key].replace(/\{(\w+)\}/g, (match: string, name: string) => String(values[name] ?? match)),
    [messages],
  );

  const value = useMemo(() => ({ locale, dir, setLocale, t }), [locale, dir, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
