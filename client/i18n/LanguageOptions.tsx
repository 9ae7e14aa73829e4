import { LOCALES } from "./locales";

/** The six languages as a select's options, each named in its own language. */
export function LanguageOptions() {
  return Object.entries(LOCALES).map(([code, { label }]) => (
    <option key={code} value={code} lang={code}>
      {label}
    </option>
  ));
}
