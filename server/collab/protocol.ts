import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** y-websocket message types (the first varUint of every message). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** y-protocols sync message types (the second varUint of a sync message). */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/** A decoded client message. */
export type ClientMessage =
  | { type: "syncStep1"; stateVector: Uint8Array }
  | {
      type: "update";
      update: Uint8Array;
      /** True when the message is exactly one update message, so it can be relayed as received. */
      relayable: boolean;
    }
  | { type: "awareness"; update: Uint8Array }
  | { type: "queryAwareness" };

/** Thrown for bytes that are not a y-websocket message Parley understands. */
export class MalformedMessageError extends Error {}

/** Decodes one client message; throws MalformedMessageError for anything else. */
export function decodeMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const messageType = decoding.readVarUint(decoder);
    switch (messageType) {
      case MessageType.sync:
        return decodeSyncMessage(decoder);
      case MessageType.awareness:
        return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
      case MessageType.queryAwareness:
        return { type: "queryAwareness" };
      default:
        throw new MalformedMessageError(`unknown message type ${messageType}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) {
      throw error;
    }
    throw new MalformedMessageError("message could not be decoded");
  }
}

function decodeSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case SyncType.step1:
      return { type: "syncStep1", stateVector: payload };
    case SyncType.step2:
      return { type: "update", update: payload, relayable: false };
    case SyncType.update:
      return { type: "update", update: payload, relayable: !decoding.hasContent(decoder) };
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`);
  }
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The server's state vector, asking the client for what the server lacks. */
export const encodeSyncStep1 = (stateVector: Uint8Array) => encodeSync(SyncType.step1, stateVector);

/** The answer to a client's step 1: everything the client lacks. */
export const encodeSyncStep2 = (update: Uint8Array) => encodeSync(SyncType.step2, update);

/** A document update relayed to clients. */
export const encodeUpdate = (update: Uint8Array) => encodeSync(SyncType.update, update);

/** An awareness update relayed to clients. */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
