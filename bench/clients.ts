import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { sendOwnPresenceOnly } from "../client/collab/sendOwnPresenceOnly";

/** Milliseconds on the machine's monotonic clock, the same in every process: edits made in one process are timed in another. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The fragment Tiptap's Collaboration extension edits. */
export const REPORT_FIELD = "report";

// Fifty providers each add an exit listener to `process`.
process.setMaxListeners(500);

/** A real y-websocket client in this process: its doc, provider and report fragment. */
export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  fragment: Y.XmlFragment;
  destroy(): void;
}

/** Where clients connect: what a `BenchServer` tells them, also passed to the typists' processes. */
export interface ServerAddress {
  url: string;
  /** Query parameters every client sends (Parley's API token). */
  params: Record<string, string>;
  room: string;
}

/** Connects a fresh Y.Doc to a document of the server. */
export function connectClient({ url, params, room }: ServerAddress): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  return {
    doc,
    provider,
    fragment: doc.getXmlFragment(REPORT_FIELD),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the doc satisfies `predicate`, checked now and after every update; rejects after `timeoutMs`. */
export function waitForDoc(doc: Y.Doc, predicate: () => boolean, timeoutMs: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    if (predicate()) {
      resolve(monotonicMs());
      return;
    }
    const onUpdate = () => {
      if (predicate()) {
        const at = monotonicMs();
        done();
        resolve(at);
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      doc.off("update", onUpdate);
    };
    doc.on("update", onUpdate);
  });
}

/** Resolves once the provider has had its first sync with the server. */
export function waitForSynced(client: BenchClient, timeoutMs = 20_000): Promise<void> {
  if (client.provider.synced) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not synced after ${timeoutMs} ms`)), timeoutMs);
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves once the client's report holds at least `count` paragraphs. */
export function waitForParagraphs(client: BenchClient, count: number, timeoutMs = 30_000): Promise<number> {
  return waitForDoc(client.doc, () => client.fragment.length >= count, timeoutMs, `${count} paragraphs`);
}

const WORDS =
  "the committee notes that member states consultation report draft paragraph recommends further review of evidence submitted by organisations regarding implementation timeline budget oversight".split(
    " ",
  );

/** About 600 bytes of deterministic prose, different for every paragraph index. */
export function paragraphText(index: number): string {
  const parts: string[] = [`${index + 1}.`];
  let length = parts[0]?.length ?? 0;
  let state = index * 7919 + 17;
  while (length < 600) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = WORDS[state % WORDS.length] ?? "text";
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(" ");
}

/** Appends `count` Tiptap-shaped paragraphs (`paragraph` elements holding one XmlText) in one transaction. */
export function appendParagraphs(client: BenchClient, count: number): void {
  client.doc.transact(() => {
    const start = client.fragment.length;
    const paragraphs = Array.from({ length: count }, (_, i) => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(paragraphText(start + i))]);
      return paragraph;
    });
    client.fragment.insert(start, paragraphs);
  });
}

/** The XmlText of paragraph `index`. */
export function paragraphTextNode(fragment: Y.XmlFragment, index: number): Y.XmlText {
  const paragraph = fragment.get(index);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) {
    throw new Error(`paragraph ${index} has no text`);
  }
  return text;
}

/** A typing edit: inserts `text` at the end of paragraph `index`, like a person typing at their caret. */
export function typeInto(client: BenchClient, index: number, text: string): void {
  const node = paragraphTextNode(client.fragment, index);
  node.insert(node.length, text);
}

/**
 * What Tiptap's CollaborationCaret does with a typing person's awareness (y-tiptap's cursor
 * plugin): it publishes the person's name and colour once, the caret after every local edit, and,
 * while the editor has focus, the caret again after every remote change the editor renders, even
 * when it has not moved (the plugin forces that update). A stock provider sends every one of
 * those, and echoes back every presence it receives; with `ownPresenceOnly`, the provider sends
 * what Parley's client sends (see `sendOwnPresenceOnly`).
 */
export class Caret {
  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.client.provider) {
      this.publish();
    }
  };

  constructor(
    private readonly client: BenchClient,
    private readonly paragraph: number,
    name: string,
    ownPresenceOnly: boolean,
  ) {
    if (ownPresenceOnly) {
      sendOwnPresenceOnly(client.provider);
    }
    client.provider.awareness.setLocalStateField("user", { name, color: "#1f6feb" });
    client.doc.on("update", this.onUpdate);
  }

  /** Sets the caret after the last character of the person's paragraph, where they type (as y-tiptap does: tied to that character). */
  publish(): void {
    const text = paragraphTextNode(this.client.fragment, this.paragraph);
    const at = Y.createRelativePositionFromTypeIndex(text, text.length, -1);
    this.client.provider.awareness.setLocalStateField("cursor", { anchor: at, head: at });
  }

  stop(): void {
    this.client.doc.off("update", this.onUpdate);
  }
}

/** The plain text of the whole report. */
export function reportText(fragment: Y.XmlFragment): string {
  return fragment
    .toArray()
    .map((paragraph) => (paragraph instanceof Y.XmlElement ? paragraph.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : "")).join("") : ""))
    .join("\n");
}

/** The edits one writer made: the clock its doc reached after each, and when it was made. */
export class EditLog {
  readonly edits: { clock: number; madeAt: number }[] = [];

  constructor(readonly client: BenchClient) {}

  /**
   * Makes a typing edit and records it. The clock starts before the edit: the edit's send is part
   * of it, and a server that wakes on the writer's core can relay the whole edit before that send
   * returns (seen with the classic server on most edits), which a clock started after it would hide.
   */
  type(paragraph: number, text: string): void {
    const madeAt = monotonicMs();
    typeInto(this.client, paragraph, text);
    const { doc } = this.client;
    this.edits.push({ clock: Y.getState(doc.store, doc.clientID), madeAt });
  }
}

/**
 * Watches one client's doc and notices, after every update it receives, which edits of the given
 * writers have arrived (an edit has arrived once the doc's clock for its writer reaches the edit's).
 */
export class EditObserver {
  /** How many edits of each writer this observer has seen. */
  readonly seen: number[];
  readonly latenciesMs: number[] = [];
  private readonly onUpdate = () => this.check();

  constructor(
    private readonly observer: BenchClient,
    private readonly writers: readonly EditLog[],
    private readonly onSeen: () => void = () => {},
  ) {
    this.seen = writers.map(() => 0);
    observer.doc.on("update", this.onUpdate);
  }

  get total(): number {
    return this.seen.reduce((sum, count) => sum + count, 0);
  }

  private check(): void {
    const now = monotonicMs();
    const { doc } = this.observer;
    let progressed = false;
    this.writers.forEach((writer, w) => {
      if (writer.client === this.observer) {
        return;
      }
      const clock = Y.getState(doc.store, writer.client.doc.clientID);
      let index = this.seen[w] ?? 0;
      for (let edit = writer.edits[index]; edit && edit.clock <= clock; edit = writer.edits[++index]) {
        this.latenciesMs.push(now - edit.madeAt);
        progressed = true;
      }
      this.seen[w] = index;
    });
    if (progressed) {
      this.onSeen();
    }
  }

  stop(): void {
    this.observer.doc.off("update", this.onUpdate);
  }
}
