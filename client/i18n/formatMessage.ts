/** Where a plural choice starts: `{count, plural, one {# character} other {# characters}}`. */
const PLURAL_START = /\{(\w+), plural,/g;

/** A plural choice's branches by category ("one", "few", "other", or an exact "=0"), and where it ends. */
function readBranches(message: string, from: number): { branches: Map<string, string>; end: number } {
  const branches = new Map<string, string>();
  let index = from;
  for (;;) {
    while (message[index] === " ") {
      index += 1;
    }
    if (message[index] === "}") {
      return { branches, end: index + 1 };
    }
    const key = /^=?\w+/.exec(message.slice(index))?.[0];
    if (!key || message[index + key.length] !== " " || message[index + key.length + 1] !== "{") {
      throw new Error(`Malformed plural in message: ${message}`);
    }
    index += key.length + 2;
    const start = index;
    let depth = 1;
    while (depth > 0) {
      if (index >= message.length) {
        throw new Error(`Unclosed plural in message: ${message}`);
      }
      depth += message[index] === "{" ? 1 : message[index] === "}" ? -1 : 0;
      index += 1;
    }
    branches.set(key, message.slice(start, index - 1));
  }
}

/**
 * A UI string with its values filled in: each plural choice takes the branch the language's own
 * plural rules pick for the number ("1 character", "2 символа", "5 символов"), `#` standing for the
 * number written for the locale; then each `{name}` becomes its value as given.
 */
export function formatMessage(message: string, values: Record<string, string | number>, locale: string): string {
  let result = "";
  let from = 0;
  PLURAL_START.lastIndex = 0;
  for (let match = PLURAL_START.exec(message); match; match = PLURAL_START.exec(message)) {
    const count = Number(values[match[1] ?? ""]);
    const { branches, end } = readBranches(message, PLURAL_START.lastIndex);
    const branch = branches.get(`=${count}`) ?? branches.get(new Intl.PluralRules(locale).select(count)) ?? branches.get("other") ?? "";
    result += message.slice(from, match.index) + branch.replaceAll("#", new Intl.NumberFormat(locale).format(count));
    from = end;
    PLURAL_START.lastIndex = end;
  }
  result += message.slice(from);
  return result.replace(/\{(\w+)\}/g, (placeholder: string, name: string) => String(values[name] ?? placeholder));
}
