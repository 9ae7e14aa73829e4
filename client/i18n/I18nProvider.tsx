import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { formatMessage } from "./formatMessage";
import { isLocale, loadMessages, LOCALES, preferredLocale, type Locale } from "./locales";
import { en, type MessageKey, type Messages } from "./messages/en";

const STORAGE_KEY = "parley.locale";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  locale: Locale;
  dir: "ltr" | "rtl";
  setLocale(locale: Locale): void;
  /** The UI string for `key`, with `{name}` placeholders filled in and plural choices made. */
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);

/** A language and its UI strings, loaded. */
export interface Language {
  locale: Locale;
  messages: Messages;
}

/** The language the person chose before, else the browser's, with its strings; English if they cannot load. */
export async function loadInitialLanguage(): Promise<Language> {
  const stored = localStorage.getItem(STORAGE_KEY);
  const locale = isLocale(stored) ? stored : preferredLocale(navigator.languages);
  try {
    return { locale, messages: await loadMessages(locale) };
  } catch {
    return { locale: "en", messages: en };
  }
}

/**
 * The one i18n layer: every UI string goes through `t`; the page's `lang` and `dir` follow the
 * locale. A newly chosen language shows once its strings have arrived.
 */
export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [{ locale, messages }, setLanguage] = useState<Language>(initial);
  const { dir } = LOCALES[locale];
  /** The language asked for last, so that an earlier, slower load does not win. */
  const requested = useRef<Locale>(initial.locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  const setLocale = useCallback((next: Locale) => {
    requested.current = next;
    void loadMessages(next).then(
      (loaded) => {
        if (requested.current === next) {
          localStorage.setItem(STORAGE_KEY, next);
          setLanguage({ locale: next, messages: loaded });
        }
      },
      () => {
        // Offline or the file is gone: the page stays in the language it is in.
        requested.current = locale;
      },
    );
  }, [locale]);

  const t = useCallback<Translate>(
    (key, values = {}) => formatMessage(messages[key], values, locale),
    [messages, locale],
  );

  const value = useMemo(() => ({ locale, dir, setLocale, t }), [locale, dir, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
