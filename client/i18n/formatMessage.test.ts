import { describe, expect, it } from "vitest";
import { formatMessage } from "./formatMessage";
import { loadMessages } from "./locales";

const CHARACTERS = "{where}: {actual, plural, one {# character} other {# characters}}";

describe("formatMessage", () => {
  it("fills placeholders as given", () => {
    expect(formatMessage("{count} / {max} characters", { count: "12", max: "500" }, "en")).toBe("12 / 500 characters");
    expect(formatMessage("Hello {name}", {}, "en")).toBe("Hello {name}");
  });

  it("says one character, not one characters, and writes the number for the locale", () => {
    expect(formatMessage(CHARACTERS, { where: "Paragraph 3", actual: 1 }, "en")).toBe("Paragraph 3: 1 character");
    expect(formatMessage(CHARACTERS, { where: "Paragraph 3", actual: 12480 }, "en")).toBe("Paragraph 3: 12,480 characters");
  });

  it("follows each language's plural rules", () => {
    const russian = "{count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}";
    expect([1, 2, 5, 21].map((count) => formatMessage(russian, { count }, "ru"))).toEqual(["1 символ", "2 символа", "5 символов", "21 символ"]);
    const arabic = "{count, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}";
    expect(formatMessage(arabic, { count: 2 }, "ar")).toBe("حرفان");
    expect(formatMessage("{count, plural, other {# 个字符}}", { count: 1 }, "zh")).toBe("1 个字符");
    expect(formatMessage("{count, plural, one {# caractère} other {# caractères}}", { count: 0 }, "fr")).toBe("0 caractère");
  });

  it("prefers an exact branch and fills placeholders inside a branch", () => {
    expect(formatMessage("{count, plural, =0 {none for {who}} other {# for {who}}}", { count: 0, who: "us" }, "en")).toBe("none for us");
  });
});

describe("the character counts in every language", () => {
  it.each(["ar", "en", "es", "fr", "ru"] as const)("%s words one character differently from five", async (code) => {
    const messages = await loadMessages(code);
    for (const key of ["limits.pages", "limits.violation.ascii"] as const) {
      const one = formatMessage(messages[key], { count: 1, actual: 1, pages: "1", max: "1", where: "", characters: "é" }, code);
      const five = formatMessage(messages[key], { count: 5, actual: 5, pages: "1", max: "1", where: "", characters: "é" }, code);
      expect(one, key).not.toBe(five.replace("5", code === "ar" ? "واحد" : "1"));
      expect(one, key).not.toMatch(/[{}#]/);
    }
  });
});
