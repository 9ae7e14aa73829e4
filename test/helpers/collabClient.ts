import { onTestFinished } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { REPORT_FIELD } from "../../shared/collab/fields";

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  report: Y.XmlFragment;
}

/**
 * A stock y-websocket client (with the `ws` package) signed in with an API token, destroyed when
 * the test finishes.
 */
export function connectClient(collabUrl: string, documentName: string, token: string, doc = new Y.Doc()): CollabClient {
  const provider = new WebsocketProvider(collabUrl, documentName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  onTestFinished(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, report: doc.getXmlFragment(REPORT_FIELD) };
}

/** Resolves when the provider has synced with the server. */
export function synced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (isSynced) {
        provider.off("sync", onSync);
        resolve();
      }
    };
    provider.on("sync", onSync);
  });
}

/** Polls until `check` holds, failing with `message` after `timeoutMs`. */
export async function eventually(check: () => boolean, message: string, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out: ${message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Appends a paragraph to a Tiptap-shaped report fragment, as the editor would. */
export function appendParagraph(report: Y.XmlFragment, id: string, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.setAttribute("id", id);
  paragraph.insert(0, [new Y.XmlText(text)]);
  report.push([paragraph]);
}

/** The report's plain text, one block per line. */
export function reportText(report: Y.XmlFragment): string {
  return report
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? textOf(node) : ""))
    .join("\n");
}

function textOf(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? plainText(child) : child instanceof Y.XmlElement ? textOf(child) : ""))
    .join("");
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === "string" ? op.insert : "")).join("");
}
