import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { z } from "zod";

/**
 * The y-websocket message type of a server notice: a message only the server sends, so no client
 * can forge it (unlike presence, which every client writes). y-websocket itself uses 0–3; a stock
 * provider logs an unknown type and ignores it, so the number is far from those.
 */
export const SERVER_NOTICE_MESSAGE = 100;

/**
 * What the server tells a document's clients about the document itself. Every field is optional:
 * a notice carries the fields that changed, and a client keeps the others as they were.
 * - `lock`: why the document refuses every change now (e.g. `deadline_passed`), or null once it
 *   no longer does. Sent on connecting while locked, and to everyone when it changes.
 */
export const ServerNotice = z.object({
  lock: z.object({ reason: z.string().min(1).max(200) }).nullable().optional(),
});
export type ServerNotice = z.infer<typeof ServerNotice>;

/** One server notice as a y-websocket message: the type, then the notice as a JSON string. */
export function encodeServerNotice(notice: ServerNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SERVER_NOTICE_MESSAGE);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

/** Reads a notice's body, the type already read; null for one this version does not understand. */
export function readServerNotice(decoder: decoding.Decoder): ServerNotice | null {
  try {
    const parsed = ServerNotice.safeParse(JSON.parse(decoding.readVarString(decoder)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
