import { z } from "zod";
import { LOCALE_CODES } from "../i18n/locales";

/**
 * The language of a rendered file's own words (headings, column headers, cover page, diff legend):
 * one of the six UN languages, English when not given. Comments, names, titles and dates stay as
 * written; a JSON package has no labels and is the same in every language.
 */
export const FileLanguage = z
  .enum(LOCALE_CODES)
  .default("en")
  .describe("The language of the file's labels: ar, zh, en, fr, ru or es (English when not given); the data is never translated");
export type FileLanguage = z.infer<typeof FileLanguage>;
