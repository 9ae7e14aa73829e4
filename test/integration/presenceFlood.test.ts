import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { CloseCode } from "../../shared/collab/closeCodes";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { connectClient, eventually, synced, type CollabClient } from "../helpers/collabClient";
import { closeCodeOf, openRawSocket } from "../helpers/rawCollabSocket";
import { prepareDataDir, tempDataDir } from "../helpers/startServer";
import { startServerProcess, type ServerProcess } from "../helpers/startServerProcess";
import type { TestPerson, TestRole } from "../helpers/testPeople";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;
const AWARENESS_MESSAGE = 1;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An awareness message setting these clients' states, as y-protocols encodes one. */
function presence(entries: readonly { clientId: number; clock: number; state: unknown }[]): Buffer {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, AWARENESS_MESSAGE);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return Buffer.from(encoding.toUint8Array(message));
}

async function serverProcess(): Promise<{ server: ServerProcess; people: Record<TestRole, TestPerson> }> {
  const dataDir = tempDataDir();
  const people = await prepareDataDir(dataDir);
  const server = await startServerProcess(dataDir, { NODE_OPTIONS: "--max-old-space-size=256" });
  return { server, people };
}

/** An editor already in the report, watching the presence the server relays. */
async function observer(server: ServerProcess, people: Record<TestRole, TestPerson>): Promise<CollabClient> {
  const client = connectClient(server.collabUrl, REPORT, people.editor.token);
  await synced(client.provider);
  return client;
}

const stateOf = (client: CollabClient, clientId: number) => client.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;

/** Joins as a raw client and counts the bytes of presence it is sent. */
async function joinCountingPresence(server: ServerProcess, people: Record<TestRole, TestPerson>): Promise<() => number> {
  let bytes = 0;
  await openRawSocket(server.collabUrl, REPORT, people.member.token, (data) => {
    if (data[0] === AWARENESS_MESSAGE) {
      bytes += data.length;
    }
  });
  return () => bytes;
}

describe("presence under a hostile reader", () => {
  it("lets one connection publish as one client id only, so joiners are not sent a crowd of invented people", async () => {
    const { server, people } = await serverProcess();
    const watcher = await observer(server, people);
    const reviewer = await openRawSocket(server.collabUrl, REPORT, people.reviewer.token);
    reviewer.send(presence([{ clientId: 1001, clock: 1, state: { user: { name: "First id" } } }]));
    const padding = "x".repeat(4_000);
    reviewer.send(presence(Array.from({ length: 200 }, (_, index) => ({ clientId: 2001 + index, clock: 1, state: { user: { name: `Invented ${index}` }, padding } }))));
    reviewer.send(presence([{ clientId: 1001, clock: 2, state: { user: { name: "Still the first id" } } }]));
    await eventually(() => (stateOf(watcher, 1001)?.user as { name?: string } | undefined)?.name === "Still the first id", "the connection's own id is relayed");
    const invented = [...watcher.provider.awareness.getStates().keys()].filter((id) => id >= 2001 && id <= 2200);
    expect(invented).toEqual([]);

    const received = await joinCountingPresence(server, people);
    await sleep(1_000);
    expect(received()).toBeGreaterThan(0);
    expect(received()).toBeLessThan(4_000);
    expect(reviewer.readyState).toBe(reviewer.OPEN);
  }, 60_000);

  it("closes a connection that sends a 100 kB presence state, and nobody is sent it", async () => {
    const { server, people } = await serverProcess();
    const watcher = await observer(server, people);
    const reviewer = await openRawSocket(server.collabUrl, REPORT, people.reviewer.token);
    const closed = closeCodeOf(reviewer, 5_000);
    reviewer.send(presence([{ clientId: 3001, clock: 1, state: { user: { name: "Big" }, junk: "x".repeat(100_000) } }]));
    expect(await closed).toBe(CloseCode.presenceTooLarge);

    const received = await joinCountingPresence(server, people);
    await sleep(1_000);
    expect(received()).toBeLessThan(4_000);
    expect(stateOf(watcher, 3001)).toBeUndefined();
  }, 60_000);

  it("rate-limits a flood of presence changes from one connection, then takes its changes again", async () => {
    const { server, people } = await serverProcess();
    const watcher = await observer(server, people);
    const reviewer = await openRawSocket(server.collabUrl, REPORT, people.reviewer.token);
    // 1,000 changes at once (in one message, so that no time passes for the budget to refill).
    reviewer.send(presence(Array.from({ length: 1_000 }, (_, index) => ({ clientId: 4001, clock: index + 1, state: { user: { name: "Flood" }, n: index + 1 } }))));
    await eventually(() => stateOf(watcher, 4001) !== undefined, "the first changes are relayed");
    await sleep(500);
    // A burst of 40 is taken (see DEFAULT_PRESENCE_LIMITS); the rest is dropped.
    expect(stateOf(watcher, 4001)?.n).toBe(40);
    // And 1,000 more, each in its own message, as fast as the socket takes them.
    for (let clock = 1_001; clock <= 2_000; clock++) {
      reviewer.send(presence([{ clientId: 4001, clock, state: { user: { name: "Flood" }, n: clock } }]));
    }
    await sleep(2_000);
    reviewer.send(presence([{ clientId: 4001, clock: 2_001, state: { user: { name: "Flood" }, n: 2_001 } }]));
    await eventually(() => stateOf(watcher, 4001)?.n === 2_001, "a change after the flood is relayed");
    expect(reviewer.readyState).toBe(reviewer.OPEN);
  }, 60_000);
});
