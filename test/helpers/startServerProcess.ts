import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { onTestFinished } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ServerProcess {
  pid: number;
  url: string;
  collabUrl: string;
  /** What the server has printed so far. */
  output(): string;
  /** Sends a signal and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts Parley as its own process (`node --import tsx server/index.ts`) on an ephemeral port, so
 * a test can SIGKILL it. Resolves once it prints that it is listening; killed when the test ends.
 */
export async function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", UNLOAD_AFTER_MS: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
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
    kill: async (signal) => {
      child.kill(signal);
      await exited;
    },
  };
}
