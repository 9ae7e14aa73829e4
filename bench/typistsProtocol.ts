import type { ServerAddress } from "./clients";

/** What clients do with carets: none (text only), what a stock provider does, or what Parley's client does. */
export type CaretMode = "none" | "stock" | "parley";

/** What the fan-out scenario tells a typists' process (`typists.ts`), in this order. */
export type ToTypists =
  /** Connect these clients (by index in the room); client 0, wherever it is, first writes `paragraphs` paragraphs. */
  | { type: "connect"; address: ServerAddress; indices: number[]; paragraphs: number }
  /** Every client types into its own paragraph, from `startAt` (Date.now time), staggered by index. */
  | {
      type: "type";
      /** Every writer's Yjs client id, by index. */
      writerIds: number[];
      observers: number[];
      carets: CaretMode;
      startAt: number;
      intervalMs: number;
      editsPerClient: number;
    }
  /** Wait until the observers hold every writer's last edit (or `timeoutMs`), then report. */
  | { type: "drain"; finalClocks: { writer: number; clientId: number; clock: number }[]; observers: number[]; timeoutMs: number }
  | { type: "exit" };

export type FromTypists =
  | { type: "ready"; clientIds: [index: number, clientId: number][] }
  /** Typing is over: each writer's last clock, the CPU time the process used over the `seconds` it took, and the presence messages its clients sent. */
  | { type: "typed"; finalClocks: [index: number, clock: number][]; cpuSeconds: number; seconds: number; presenceMessagesSent: number }
  /** Each edit as [writer, clock after it, when made]; each arrival as [observer, writer, clock reached, when]. */
  | { type: "result"; edits: [number, number, number][]; arrivals: [number, number, number, number][] }
  | { type: "failed"; error: string };
