import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";
import { createApp, type ParleyApp } from "../../server/app";
import type { AwarenessTiming } from "../../server/collab/AwarenessRelay";
import { loadConfig } from "../../server/config";
import { seedDemo } from "../../server/demo/seedDemo";
import { createLogger } from "../../server/logger";
import { openDatabase } from "../../server/db/openDatabase";
import { ConsultationStore } from "../../server/stores/ConsultationStore";
import { DocumentStore } from "../../server/stores/DocumentStore";
import { PeopleStore } from "../../server/stores/PeopleStore";
import { TokenStore } from "../../server/stores/TokenStore";
import { seedTestPeople, type TestPerson, type TestRole } from "./testPeople";

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/collab`: the y-websocket `serverUrl`. */
  collabUrl: string;
  dataDir: string;
  parley: ParleyApp;
  /** One person per role, with a password and an API token. */
  people: Record<TestRole, TestPerson>;
  close(): Promise<void>;
}

/** A temp data dir, removed when the test finishes. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-test-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface StartServerOptions {
  env?: Record<string, string>;
  awarenessTiming?: AwarenessTiming;
  dataDir?: string;
  /** The people already in `dataDir`, when reopening it. */
  people?: Record<TestRole, TestPerson>;
  /** The server's clock (deadlines); the real one by default. */
  now?: () => Date;
}

/**
 * Starts a real Parley server in this process on an ephemeral port, with its own SQLite file and
 * the demo consultation; it is closed when the calling test finishes.
 */
export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    UNLOAD_AFTER_MS: "0",
    ...options.env,
  });
  const parley = createApp(config, createLogger(config.logLevel, false), options.awarenessTiming, options.now);
  seedDemo(parley.deps.consultations, parley.deps.documents);
  const people = options.people ?? (await seedTestPeople(parley.deps.people, parley.deps.tokens));
  await new Promise<void>((resolve) => parley.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = parley.httpServer.address() as AddressInfo;
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await parley.close();
    }
  };
  onTestFinished(close);
  return { url: `http://127.0.0.1:${port}`, collabUrl: `ws://127.0.0.1:${port}/collab`, dataDir, parley, people, close };
}

/**
 * Seeds a data dir with the demo consultation and the test people, for a server started as its
 * own process; returns the people.
 */
export async function prepareDataDir(dataDir: string): Promise<Record<TestRole, TestPerson>> {
  const db = openDatabase({ dataDir, synchronous: "NORMAL" });
  try {
    seedDemo(new ConsultationStore(db), new DocumentStore(db));
    return await seedTestPeople(new PeopleStore(db), new TokenStore(db));
  } finally {
    db.close();
  }
}

/** Calls the REST API as one of the test people (or anonymously). */
export function api(server: { url: string; people: Record<TestRole, TestPerson> }, path: string, init: RequestInit & { as?: TestRole } = {}): Promise<Response> {
  const { as, headers, ...rest } = init;
  const auth: Record<string, string> = as ? { Authorization: `Bearer ${server.people[as].token}` } : {};
  const json: Record<string, string> = rest.body ? { "Content-Type": "application/json" } : {};
  return fetch(`${server.url}${path}`, { ...rest, headers: { ...json, ...auth, ...(headers as Record<string, string> | undefined) } });
}
