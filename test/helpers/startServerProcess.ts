import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { onTestFinished } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { freePort } from "./freePort";
import { prepareDataDir, tempDataDir } from "./startServer";
import type { TestPerson, TestRole } from "./testPeople";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ServerProcess {
  pid: number;
  url: string;
  collabUrl: string;
  /** What the server has printed so far. */
  output(): string;
  /** What the server has printed to stderr so far (warnings and errors). */
  errorOutput(): string;
  /** Sends a signal and waits for the process to exit; resolves to its exit code (null when a signal ended it). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** How to start it: the server's module, or `npm start`'s script (which builds the client when stale). */
const COMMANDS = { server: ["--import", "tsx", "server/index.ts"], npmStart: ["scripts/start.mjs"] } as const;

/**
 * Starts Parley as its own process (`node --import tsx server/index.ts`, or what `npm start` runs)
 * on an ephemeral port, so a test can SIGKILL it. Resolves once it prints that it is listening;
 * killed when the test ends.
 */
export async function startServerProcess(dataDir: string, env: Record<string, string> = {}, command: keyof typeof COMMANDS = "server"): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, COMMANDS[command], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", UNLOAD_AFTER_MS: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let stdout = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Parley listening on http:\/\/[^:]+:(\d+)/.exec(stdout);
      if (match?.[1]) {
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    output: () => stdout,
    errorOutput: () => stderr,
    kill: async (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

/** A seeded data dir and a server process on a port that stays the same when it is started again. */
export interface RestartableServer {
  dataDir: string;
  people: Record<TestRole, TestPerson>;
  server: ServerProcess;
  /** The demo consultation's report page. */
  reportUrl: string;
  /** Starts the server again on the same data dir and port, after it was killed. */
  restart(): Promise<ServerProcess>;
}

/** Seeds a temp data dir and starts Parley on it as its own process, on a fixed free port, so pages keep their address across a restart. */
export async function startRestartableServer(): Promise<RestartableServer> {
  const dataDir = tempDataDir();
  const people = await prepareDataDir(dataDir);
  const port = String(await freePort());
  const server = await startServerProcess(dataDir, { PORT: port });
  return {
    dataDir,
    people,
    server,
    reportUrl: `${server.url}/consultations/${DEMO_CONSULTATION_ID}`,
    restart: () => startServerProcess(dataDir, { PORT: port }),
  };
}
