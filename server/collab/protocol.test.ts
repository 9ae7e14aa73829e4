import { describe, expect, it } from "vitest";
import { decodeMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, MalformedMessageError } from "./protocol";

describe("y-websocket message decoding", () => {
  it("decodes what the encoders produce", () => {
    expect(decodeMessage(encodeSyncStep1(new Uint8Array([0])))).toEqual({ type: "syncStep1", stateVector: new Uint8Array([0]) });
    expect(decodeMessage(encodeUpdate(new Uint8Array([1, 2])))).toEqual({ type: "update", update: new Uint8Array([1, 2]), relayable: true });
    expect(decodeMessage(encodeSyncStep2(new Uint8Array([1, 2])))).toEqual({ type: "update", update: new Uint8Array([1, 2]), relayable: false });
    expect(decodeMessage(encodeAwareness(new Uint8Array([5])))).toEqual({ type: "awareness", update: new Uint8Array([5]) });
    expect(decodeMessage(new Uint8Array([3]))).toEqual({ type: "queryAwareness" });
  });

  it("relays an update message as received only when nothing follows the update", () => {
    const trailing = new Uint8Array([...encodeUpdate(new Uint8Array([1, 2])), 9]);
    expect(decodeMessage(trailing)).toMatchObject({ type: "update", relayable: false });
  });

  it.each([[[]], [[9]], [[0, 7, 0]], [[0, 0, 10, 1]], [[1]]])("refuses %j", (bytes) => {
    expect(() => decodeMessage(new Uint8Array(bytes))).toThrow(MalformedMessageError);
  });
});
