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

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/collab`: the y-websocket `serverUrl`. */
  collabUrl: string;
  dataDir: string;
  parley: ParleyApp;
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
  const parley = createApp(config, createLogger(config.logLevel, false), options.awarenessTiming);
  seedDemo(parley.deps.consultations, parley.deps.documents);
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
  return { url: `http://127.0.0.1:${port}`, collabUrl: `ws://127.0.0.1:${port}/collab`, dataDir, parley, close };
}
