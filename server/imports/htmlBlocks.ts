import { parseHtml, type HtmlElement } from "./htmlTree";
import type { ImportedBlock } from "./ImportedBlock";

const HEADING = /^h([1-6])$/;
const CONTAINERS = new Set(["#root", "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "center", "form", "figure", "tbody", "thead", "tfoot"]);

/** Whitespace collapsed to single spaces, as HTML shows it. */
function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** The visible text of an element; footnote back-links ("↑") are left out. */
function textOf(node: HtmlElement | string): string {
  if (typeof node === "string") {
    return node;
  }
  if (node.name === "br") {
    return " ";
  }
  if (node.name === "a" && (node.attributes.href ?? "").startsWith("#footnote-ref")) {
    return "";
  }
  const inner = node.children.map(textOf).join("");
  return /^(p|li|div|h[1-6]|tr|blockquote)$/.test(node.name) ? ` ${inner} ` : node.name === "td" || node.name === "th" ? ` ${inner} |` : inner;
}

function listItems(list: HtmlElement): string[] {
  return list.children
    .filter((child): child is HtmlElement => typeof child !== "string" && child.name === "li")
    .map((item) => collapse(textOf(item)))
    .filter(Boolean);
}

/** True for the list of footnotes mammoth writes at the end (`<li id="footnote-1">`). */
function isFootnoteList(list: HtmlElement): boolean {
  return list.children.some((child) => typeof child !== "string" && child.name === "li" && (child.attributes.id ?? "").startsWith("footnote-"));
}

/** The blocks of an HTML document, in order: headings, paragraphs, lists, quotes; footnotes at the end. */
export function htmlBlocks(html: string): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  const footnotes: ImportedBlock[] = [];
  let inline = "";
  const flush = () => {
    const text = collapse(inline);
    if (text) {
      blocks.push({ type: "paragraph", text });
    }
    inline = "";
  };
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === "string") {
        inline += child;
        continue;
      }
      const level = HEADING.exec(child.name)?.[1];
      if (level) {
        flush();
        const text = collapse(textOf(child));
        if (text) {
          blocks.push({ type: "heading", level: Number(level), text });
        }
      } else if (child.name === "p" || child.name === "pre" || child.name === "tr" || child.name === "dd" || child.name === "dt") {
        flush();
        inline = textOf(child).replace(/\|\s*$/, "");
        flush();
      } else if (child.name === "ul" || child.name === "ol") {
        flush();
        if (isFootnoteList(child)) {
          footnotes.push(...footnoteItems(child));
        } else {
          const items = listItems(child);
          if (items.length > 0) {
            blocks.push({ type: "list", ordered: child.name === "ol", items });
          }
        }
      } else if (child.name === "blockquote") {
        flush();
        const inner = htmlBlocks(child.children.map(serialise).join(""));
        const paragraphs = inner.flatMap((block) => (block.type === "list" ? block.items : block.type === "quote" ? block.paragraphs : [block.text]));
        if (paragraphs.length > 0) {
          blocks.push({ type: "quote", paragraphs });
        }
      } else if (CONTAINERS.has(child.name) || child.name === "table" || child.name === "dl") {
        flush();
        visit(child);
      } else {
        inline += textOf(child);
      }
    }
  };
  visit(parseHtml(html));
  flush();
  return [...blocks, ...footnotes];
}

/** The notes of mammoth's footnote list, labelled as the text cites them ("[1]" for `footnote-1`). */
function footnoteItems(list: HtmlElement): ImportedBlock[] {
  const items = list.children.filter((child): child is HtmlElement => typeof child !== "string" && child.name === "li");
  return items.map((item, index) => ({
    type: "footnote",
    label: /(\d+)$/.exec(item.attributes.id ?? "")?.[1] ?? String(index + 1),
    text: collapse(textOf(item)),
  }));
}

/** Writes a parsed element back as HTML (text escaped), for parsing a quote's inside again. */
function serialise(node: HtmlElement | string): string {
  if (typeof node === "string") {
    return node.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  }
  return `<${node.name}>${node.children.map(serialise).join("")}</${node.name}>`;
}
