import { decodeEntities } from "./htmlTree";
import { ImportError, type ImportedBlock } from "./ImportedBlock";

/** One element of OpenDocument XML: enough to walk a text document's body. */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const TOKEN = /<!--[\s\S]*?-->|<\?[^>]*\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|[^<]+/g;
const ATTRIBUTE = /([\w.-]+(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses well-formed XML into a tree; comments and processing instructions are dropped. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#root", attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const match of xml.matchAll(TOKEN)) {
    const [token, cdata, closing, name, rawAttributes, selfClosing] = match;
    const current = stack.at(-1) ?? root;
    if (cdata !== undefined) {
      current.children.push(cdata);
    } else if (!name) {
      if (!token.startsWith("<")) {
        current.children.push(decodeEntities(token));
      }
    } else if (closing) {
      const index = stack.map((element) => element.name).lastIndexOf(name);
      if (index > 0) {
        stack.length = index;
      }
    } else {
      const attributes: Record<string, string> = {};
      for (const attribute of (rawAttributes ?? "").matchAll(ATTRIBUTE)) {
        attributes[attribute[1] ?? ""] = decodeEntities(attribute[2] ?? attribute[3] ?? "");
      }
      const element: XmlElement = { name, attributes, children: [] };
      current.children.push(element);
      if (!selfClosing) {
        stack.push(element);
      }
    }
  }
  return root;
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/** The visible text of a paragraph or heading; each note is cited as "[label]" and its body kept aside. */
function textOf(node: XmlElement | string, notes: ImportedBlock[]): string {
  if (typeof node === "string") {
    return node;
  }
  switch (node.name) {
    case "text:s":
      return " ".repeat(Number(node.attributes["text:c"] ?? "1") || 1);
    case "text:tab":
    case "text:line-break":
      return " ";
    case "text:note": {
      const citation = node.children.find((child): child is XmlElement => typeof child !== "string" && child.name === "text:note-citation");
      const label = collapse(citation ? textOf(citation, notes) : String(notes.length + 1));
      const body = node.children.find((child): child is XmlElement => typeof child !== "string" && child.name === "text:note-body");
      notes.push({ type: "footnote", label, text: collapse(body ? body.children.map((child) => textOf(child, notes)).join(" ") : "") });
      return `[${label}]`;
    }
    default:
      return node.children.map((child) => textOf(child, notes)).join("");
  }
}

function elements(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((child): child is XmlElement => typeof child !== "string" && child.name === name);
}

function find(node: XmlElement, name: string): XmlElement | null {
  for (const child of node.children) {
    if (typeof child !== "string") {
      if (child.name === name) {
        return child;
      }
      const found = find(child, name);
      if (found) {
        return found;
      }
    }
  }
  return null;
}

/**
 * The blocks of an OpenDocument text (.odt, as LibreOffice and many governments write it):
 * headings with their outline level, paragraphs, list items one by one, footnotes gathered at the
 * end and cited in the text as "[label]". `content.xml` is the one part read.
 */
export function odtBlocks(contentXml: string): ImportedBlock[] {
  const body = find(parseXml(contentXml), "office:text");
  if (!body) {
    throw new ImportError(400, "The OpenDocument file holds no text document.");
  }
  const blocks: ImportedBlock[] = [];
  const notes: ImportedBlock[] = [];
  const visit = (container: XmlElement) => {
    for (const child of container.children) {
      if (typeof child === "string") {
        continue;
      }
      if (child.name === "text:h") {
        const text = collapse(textOf(child, notes));
        if (text) {
          blocks.push({ type: "heading", level: Number(child.attributes["text:outline-level"] ?? "1") || 1, text });
        }
      } else if (child.name === "text:p") {
        const text = collapse(textOf(child, notes));
        if (text) {
          blocks.push({ type: "paragraph", text });
        }
      } else if (child.name === "text:list") {
        const items = elements(child, "text:list-item").map((item) => collapse(item.children.map((part) => textOf(part, notes)).join(" ")));
        if (items.some(Boolean)) {
          blocks.push({ type: "list", ordered: false, items: items.filter(Boolean) });
        }
      } else if (child.name !== "office:forms" && child.name !== "text:sequence-decls" && child.name !== "office:annotation") {
        // Sections, tables and frames hold paragraphs of their own.
        visit(child);
      }
    }
  };
  visit(body);
  return [...blocks, ...notes];
}
