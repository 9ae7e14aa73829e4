/** A ProseMirror node as JSON (what `editor.getJSON()` and the server's Yjs reader produce). */
export interface ProseMirrorJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const BLOCK_SEPARATOR = "\n";

/** The plain text of a node: text runs joined, hard breaks and nested blocks on new lines. */
export function textOf(node: ProseMirrorJson): string {
  if (node.type === "text") {
    return node.text ?? "";
  }
  if (node.type === "hardBreak") {
    return "\n";
  }
  const children = node.content ?? [];
  const inline = children.every((child) => child.type === "text" || child.type === "hardBreak");
  return children.map(textOf).join(inline ? "" : BLOCK_SEPARATOR);
}

/** A string attribute of a node, or null. */
export function stringAttr(node: ProseMirrorJson, name: string): string | null {
  const value = node.attrs?.[name];
  return typeof value === "string" && value !== "" ? value : null;
}

/** A numeric attribute of a node, or null. */
export function numberAttr(node: ProseMirrorJson, name: string): number | null {
  const value = node.attrs?.[name];
  return typeof value === "number" ? value : null;
}
