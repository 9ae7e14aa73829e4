import { describe, expect, it } from "vitest";
import { loadMessages, LOCALES, preferredLocale } from "./locales";
import { en } from "./messages/en";

/** Each placeholder and each plural choice's number, by name. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1]))].sort();

describe("UI strings", () => {
  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])("%s has every English key with the same placeholders", async (code) => {
    const messages = await loadMessages(code);
    expect(Object.keys(messages)).toEqual(Object.keys(en));
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(messages[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(Object.entries(LOCALES).filter(([, locale]) => locale.dir === "rtl").map(([code]) => code)).toEqual(["ar"]);
  });

  it("picks the first preferred language Parley speaks", () => {
    expect(preferredLocale(["de-CH", "fr-CA", "en"])).toBe("fr");
    expect(preferredLocale(["ar-EG"])).toBe("ar");
    expect(preferredLocale(["de"])).toBe("en");
  });
});
