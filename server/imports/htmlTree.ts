/** A parsed HTML element: enough structure to find a report's headings, paragraphs, lists and quotes. */
export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (HtmlElement | string)[];
}

const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"]);
/** Elements whose content is never text of the report. */
const SKIPPED = new Set(["script", "style", "template", "noscript", "title", "head", "svg", "math"]);
/** A new one of these closes an open paragraph, as browsers do. */
const CLOSES_P = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "section", "article", "pre", "hr"]);

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "\u2013", mdash: "\u2014", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", hellip: "\u2026", shy: "" };

/** Decodes character references: numeric ones and the common named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity.startsWith("#")) {
      const code = entity[1]?.toLowerCase() === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    if (match[1]) {
      attributes[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
    }
  }
  return attributes;
}

/**
 * Parses HTML into a tree, tolerantly: unclosed paragraphs and list items close as browsers close
 * them, stray end tags are ignored, and scripts, styles and comments are dropped unread. Nothing
 * here is ever rendered or executed.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: "#root", attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let skipping: string | null = null;
  const current = () => stack.at(-1) ?? root;
  const closeTo = (name: string) => {
    const index = stack.map((element) => element.name).lastIndexOf(name);
    if (index > 0) {
      stack.length = index;
    }
  };
  for (const match of html.matchAll(TOKEN)) {
    const [token, rawName, rawAttributes] = match;
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (name === skipping && token.startsWith("</")) {
        skipping = null;
      }
      continue;
    }
    if (!name) {
      if (!token.startsWith("<!") && !token.startsWith("<?")) {
        current().children.push(decodeEntities(token));
      }
      continue;
    }
    if (token.startsWith("</")) {
      closeTo(name);
      continue;
    }
    if (SKIPPED.has(name)) {
      skipping = token.endsWith("/>") ? null : name;
      continue;
    }
    if (CLOSES_P.has(name)) {
      closeTo("p");
    }
    if (name === "li") {
      const list = Math.max(stack.map((element) => element.name).lastIndexOf("ul"), stack.map((element) => element.name).lastIndexOf("ol"));
      const item = stack.map((element) => element.name).lastIndexOf("li");
      if (item > list && item > 0) {
        stack.length = item;
      }
    }
    const element: HtmlElement = { name, attributes: attributesOf(rawAttributes ?? ""), children: [] };
    current().children.push(element);
    if (!VOID.has(name) && !token.endsWith("/>")) {
      stack.push(element);
    }
  }
  return root;
}
