import { describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import { sendOwnPresenceOnly } from "../../client/collab/sendOwnPresenceOnly";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, eventually, synced, type CollabClient } from "../helpers/collabClient";
import { startServer, type TestServer } from "../helpers/startServer";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;
const AWARENESS_MESSAGE = 1;

/** A client whose presence messages to the server are counted. */
async function person(server: TestServer, name: string, ownPresenceOnly: { renewAfterMs: number } | null) {
  const client = connectClient(server.collabUrl, REPORT, server.people.editor.token);
  if (ownPresenceOnly) {
    sendOwnPresenceOnly(client.provider, ownPresenceOnly.renewAfterMs);
  }
  await synced(client.provider);
  let presenceSent = 0;
  const socket = client.provider.ws as WebSocket;
  const send = socket.send.bind(socket);
  socket.send = (data) => {
    if (data instanceof Uint8Array && data[0] === AWARENESS_MESSAGE) {
      presenceSent += 1;
    }
    send(data);
  };
  client.provider.awareness.setLocalState({ user: { name, color: "#1f6feb" }, cursor: { at: 0 } });
  return { ...client, presenceSent: () => presenceSent };
}

/** Re-announces the unchanged caret after every remote edit, as the editor's caret plugin does while it has focus. */
function reannounceCaretOnRemoteEdits({ doc, provider }: CollabClient): void {
  doc.on("update", (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) {
      provider.awareness.setLocalStateField("cursor", provider.awareness.getLocalState()?.cursor);
    }
  });
}

function cursorOf(observer: WebsocketProvider, of: WebsocketProvider): unknown {
  return (observer.awareness.getStates().get(of.awareness.clientID) as { cursor?: unknown } | undefined)?.cursor;
}

describe("Parley's client sends its own presence only", () => {
  it("sends neither others' presence back nor a caret that did not move, yet every real change arrives", async () => {
    const server = await startServer({ awarenessTiming: { changeDelayMs: 5, renewalDelayMs: 50, lanes: 2 } });
    const typist = await person(server, "Typist", null);
    const parley = await person(server, "Reader on Parley", { renewAfterMs: 60_000 });
    const stock = await person(server, "Reader on a stock client", null);
    reannounceCaretOnRemoteEdits(parley);
    reannounceCaretOnRemoteEdits(stock);
    await eventually(() => cursorOf(typist.provider, parley.provider) !== undefined, "the typist sees the Parley reader");
    const before = { parley: parley.presenceSent(), stock: stock.presenceSent() };

    for (let edit = 1; edit <= 20; edit++) {
      appendParagraph(typist.report, `typed-${edit}`, `Edit ${edit}.`);
      typist.provider.awareness.setLocalStateField("cursor", { at: edit });
      await eventually(() => (cursorOf(parley.provider, typist.provider) as { at: number } | undefined)?.at === edit, `edit ${edit} and its caret arrived`);
    }
    await eventually(() => (cursorOf(stock.provider, typist.provider) as { at: number } | undefined)?.at === 20, "the stock reader caught up");

    expect(parley.presenceSent() - before.parley).toBe(0);
    expect(stock.presenceSent() - before.stock).toBeGreaterThanOrEqual(20);

    parley.provider.awareness.setLocalStateField("cursor", { at: 7 });
    await eventually(() => (cursorOf(typist.provider, parley.provider) as { at: number } | undefined)?.at === 7, "the moved caret arrived");
    expect(parley.presenceSent() - before.parley).toBe(1);

    parley.provider.awareness.setLocalState(null);
    await eventually(() => !typist.provider.awareness.getStates().has(parley.provider.awareness.clientID), "the reader's leaving arrived");
  });

  it("still renews an unchanged presence before others would drop it", async () => {
    const server = await startServer();
    const parley = await person(server, "Reader on Parley", { renewAfterMs: 100 });
    const sent = parley.presenceSent();
    const state = parley.provider.awareness.getLocalState();
    parley.provider.awareness.setLocalState(state);
    expect(parley.presenceSent()).toBe(sent);

    await new Promise((resolve) => setTimeout(resolve, 150));
    parley.provider.awareness.setLocalState(state);
    expect(parley.presenceSent()).toBe(sent + 1);
  });
});
