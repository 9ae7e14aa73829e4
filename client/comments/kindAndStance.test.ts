import { describe, expect, it } from "vitest";
import type { Translate } from "../i18n/I18nProvider";
import { formatMessage } from "../i18n/formatMessage";
import { loadMessages } from "../i18n/locales";
import { kindAndStance } from "./kindAndStance";

describe("kindAndStance", () => {
  it.each(["ar", "en", "es", "fr", "ru", "zh"] as const)("%s: a position that repeats the kind is shown once", async (code) => {
    const messages = await loadMessages(code);
    const t: Translate = (key, values = {}) => formatMessage(messages[key], values, code);
    expect(kindAndStance("question", "question", t).stance).toBeNull();
    expect(kindAndStance("support", "support", t).stance).toBeNull();
    expect(kindAndStance("amendment", "amend", t).stance).toBeNull();
    expect(kindAndStance("amendment", "delete", t).stance).toBe(t("stance.delete"));
    expect(kindAndStance("concern", "oppose", t)).toEqual({ kind: t("kind.concern"), stance: t("stance.oppose") });
  });
});
