/** What a User-Agent string says in words people read: a browser (or program) with its major version, and a system. */
export interface UserAgentSummary {
  /** "Firefox", "Chrome", "Edge", "Safari", or a program's own name ("curl"). */
  browser: string;
  /** The major version: "128". */
  version: string;
  /** "Windows", "macOS", "Linux", "Android 14", "iOS"…; null when the string does not say. */
  system: string | null;
}

/** Browsers, most specific first: Edge and Opera also say "Chrome", and Chrome also says "Safari". */
const BROWSERS: [name: string, pattern: RegExp][] = [
  ["Edge", /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ["Opera", /\bOPR\/(\d+)/],
  ["Samsung Internet", /\bSamsungBrowser\/(\d+)/],
  ["Firefox", /\b(?:Firefox|FxiOS)\/(\d+)/],
  ["Chromium", /\bChromium\/(\d+)/],
  ["Headless Chrome", /\bHeadlessChrome\/(\d+)/],
  ["Chrome", /\b(?:Chrome|CriOS)\/(\d+)/],
  ["Safari", /\bVersion\/(\d+)[\d.]* (?:Mobile\/\w+ )?Safari\//],
];

const SYSTEMS: [name: string | ((match: RegExpExecArray) => string), pattern: RegExp][] = [
  ["Windows", /\bWindows NT\b/],
  [(match) => `Android ${match[1]}`, /\bAndroid (\d+)/],
  ["iOS", /\b(?:iPhone|iPad|iPod)\b/],
  ["ChromeOS", /\bCrOS\b/],
  ["macOS", /\bMac OS X\b/],
  ["Linux", /\bLinux\b/],
];

function systemOf(userAgent: string): string | null {
  for (const [name, pattern] of SYSTEMS) {
    const match = pattern.exec(userAgent);
    if (match) {
      return typeof name === "string" ? name : name(match);
    }
  }
  return null;
}

/**
 * Reads a User-Agent string as far as people care: "Firefox 128 on Windows". A program that is no
 * browser is named by its first word ("curl/8.5.0" is curl 8); anything else gives null, and the
 * raw string is shown instead.
 */
export function describeUserAgent(userAgent: string): UserAgentSummary | null {
  for (const [browser, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match?.[1]) {
      return { browser, version: match[1], system: systemOf(userAgent) };
    }
  }
  const program = /^([A-Za-z][\w.-]*)\/v?(\d+)/.exec(userAgent);
  if (program?.[1] && program[2] && program[1] !== "Mozilla") {
    return { browser: program[1], version: program[2], system: systemOf(userAgent) };
  }
  return null;
}
