import fs from "node:fs";

/** Where Debian puts the fonts the PDF export writes with (`.ci/run` installs them). */
const FONT_FILES = {
  regular: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
  bold: ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
  cjk: ["/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"],
  symbols: ["/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"],
} as const;

export type FontRole = keyof typeof FONT_FILES;

/** The font file for each role; a missing script font falls back to the regular one. */
export type PdfFonts = Record<FontRole, string>;

let found: PdfFonts | null = null;

/** Finds the fonts once; throws a clear error when not even a regular Unicode font is installed. */
export function pdfFonts(): PdfFonts {
  if (found) {
    return found;
  }
  const first = (role: FontRole) => FONT_FILES[role].find((file) => fs.existsSync(file)) ?? null;
  const regular = first("regular");
  if (!regular) {
    throw new Error("The PDF export needs the DejaVu fonts: install the Debian package fonts-dejavu-core.");
  }
  found = { regular, bold: first("bold") ?? regular, cjk: first("cjk") ?? regular, symbols: first("symbols") ?? regular };
  return found;
}

const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const SYMBOL = /[\u2600-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]/u;

/** Which font writes a character: Chinese, Japanese and Korean, emoji and symbols, or the rest. */
export function fontRoleOf(character: string): "cjk" | "symbols" | null {
  if (CJK.test(character)) {
    return "cjk";
  }
  return SYMBOL.test(character) ? "symbols" : null;
}

/** Splits text into runs that one font writes; `null` runs use the regular (or bold) font. */
export function fontRuns(text: string): { role: "cjk" | "symbols" | null; text: string }[] {
  const runs: { role: "cjk" | "symbols" | null; text: string }[] = [];
  for (const character of text) {
    // Spaces and joiners stay with the run they are in, so runs do not split at every space.
    const joiner = character === "\u200D" || character === "\uFE0F" || /\s/u.test(character);
    const role = joiner ? (runs.at(-1)?.role ?? null) : fontRoleOf(character);
    const last = runs.at(-1);
    if (last && last.role === role) {
      last.text += character;
    } else {
      runs.push({ role, text: character });
    }
  }
  return runs;
}
