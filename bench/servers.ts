import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../server/db/openDatabase";
import { ConsultationStore } from "../server/stores/ConsultationStore";
import { PeopleStore } from "../server/stores/PeopleStore";
import { TokenStore } from "../server/stores/TokenStore";
import { makeDeadline } from "../shared/deadline";
import { connectClient, waitForSynced, type ServerAddress } from "./clients";
import { profileArgs } from "./config";
import { log } from "./log";
import { onServerCore } from "./pinning";

/** Parley; the classic y-websocket server; a naive relay (`naiveRelayServer.ts`), for comparison only. */
export type ServerKind = "parley" | "reference" | "naive";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REFERENCE_SERVER = path.join(REPO_ROOT, "node_modules/y-websocket-reference/bin/server.cjs");
const NAIVE_RELAY = path.join(REPO_ROOT, "bench/naiveRelayServer.ts");
/** A document every server is asked for before it counts as ready; never measured. */
const PROBE_DOCUMENT = "probe";
/** The first start may build the client and the server, as `npm start` does. */
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;
/** USER_HZ, 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Every server process still running, so that an interrupted bench can stop them. */
const running = new Set<ChildProcess>();
/** Adds a helper process of the bench to those `cleanUpEverything` stops. */
export function trackProcess(child: ChildProcess): void {
  running.add(child);
  child.once("exit", () => running.delete(child));
}

/** Every temp dir not yet removed. */
const tempDirs = new Set<string>();

/** Stops every child by its pid and removes every temp dir; safe to call more than once. */
export function cleanUpEverything(): void {
  for (const child of running) {
    child.kill("SIGKILL");
  }
  running.clear();
  for (const dir of tempDirs) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  tempDirs.clear();
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Creates the consultations whose report documents Parley must admit, and an editor's API token to connect with. */
function seedConsultations(dataDir: string, ids: readonly string[]): string {
  const db = openDatabase({ dataDir, synchronous: "NORMAL" });
  try {
    const editor = new PeopleStore(db).create({ email: "bench@bench.example", name: "Bench", workspaceRole: "editor", passwordHash: null });
    const { token } = new TokenStore(db).create(editor.id, "bench");
    const consultations = new ConsultationStore(db);
    for (const id of ids) {
      consultations.create(
        {
          id,
          title: `Bench ${id}`,
          description: "",
          deadline: makeDeadline("2030-04-03T23:59", "America/New_York"),
          numbering: "continuous",
          state: "open",
        },
        [],
      );
    }
    return token;
  } finally {
    db.close();
  }
}

/** One server under test: a child process on 127.0.0.1 with its own data dir, restartable on that dir. */
export class BenchServer {
  private child: ChildProcess | null = null;
  private port = 0;

  private constructor(
    readonly kind: ServerKind,
    readonly dataDir: string,
    /** Query parameters every client sends: Parley's API token. */
    readonly params: Record<string, string>,
  ) {}

  /** A stopped server with a fresh data dir holding the given documents (consultation ids). */
  static create(kind: ServerKind, documentIds: readonly string[]): BenchServer {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parley-bench-${kind}-`));
    tempDirs.add(dataDir);
    const params: Record<string, string> = kind === "parley" ? { token: seedConsultations(dataDir, [PROBE_DOCUMENT, ...documentIds]) } : {};
    return new BenchServer(kind, dataDir, params);
  }

  /** The provider's serverUrl. */
  get url(): string {
    return this.kind === "parley" ? `ws://127.0.0.1:${this.port}/collab` : `ws://127.0.0.1:${this.port}`;
  }

  /** The provider's roomname for a document id; the same string for both servers. */
  roomName(documentId: string): string {
    return `report:${documentId}`;
  }

  /** What a client needs to connect to a document of this server. */
  address(documentId: string): ServerAddress {
    return { url: this.url, params: this.params, room: this.roomName(documentId) };
  }

  get pid(): number {
    const pid = this.child?.pid;
    if (pid === undefined) {
      throw new Error(`${this.kind} server is not running`);
    }
    return pid;
  }

  /**
   * Starts the process on a new free port and resolves once it has answered a real sync round
   * trip on a probe document: the same readiness rule for every server, so no server is timed
   * before its storage has opened (the classic server prints "running at" before LevelDB has).
   */
  async start(): Promise<void> {
    if (this.child) {
      throw new Error(`${this.kind} server already running`);
    }
    this.port = await freePort();
    const settings = serverSettings(this.kind);
    const [command, args] = onServerCore(settings.command[0] ?? "", settings.command.slice(1));
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(this.port), ...settings.env, ...this.dataDirEnv() },
      stdio: ["ignore", "pipe", "pipe"],
      // `npm start` runs npm, which runs node: in their own process group, stopped as one, as an operator's terminal does.
      detached: this.kind === "parley",
    });
    this.child = child;
    running.add(child);
    child.once("exit", () => running.delete(child));
    child.stdout?.resume();
    child.stderr?.on("data", (chunk: Buffer) => log(`[${this.kind} stderr] ${chunk.toString().trimEnd()}`));
    const exitedEarly = new Promise<never>((_, reject) =>
      child.once("exit", (code, signal) => reject(new Error(`${this.kind} server exited before ready (code ${code}, signal ${signal})`))),
    );
    exitedEarly.catch(() => undefined);
    const probe = connectClient(this.address(PROBE_DOCUMENT));
    try {
      await Promise.race([waitForSynced(probe, READY_TIMEOUT_MS), exitedEarly]);
    } finally {
      probe.destroy();
    }
  }

  private dataDirEnv(): Record<string, string> {
    return this.kind === "parley" ? { DATA_DIR: this.dataDir } : this.kind === "reference" ? { YPERSISTENCE: this.dataDir } : {};
  }

  /** Sends SIGKILL now, synchronously: nothing the server has not yet written survives. */
  killNow(): void {
    const pid = this.child?.pid;
    if (pid) {
      process.kill(this.kind === "parley" ? -pid : pid, "SIGKILL");
    }
  }

  /** Stops the process (SIGTERM, or SIGKILL when `hard`) and waits until it has exited. */
  async stop(hard = false): Promise<void> {
    const child = this.child;
    if (!child) {
      return;
    }
    this.child = null;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      const signal = hard ? "SIGKILL" : "SIGTERM";
      if (this.kind === "parley" && child.pid) {
        process.kill(-child.pid, signal);
      } else {
        child.kill(signal);
      }
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  }

  /** The process that serves: under `npm start` (npm, then node), the node process npm runs. */
  private serverPid(): number {
    if (this.kind !== "parley") {
      return this.pid;
    }
    const children = fs.readFileSync(`/proc/${this.pid}/task/${this.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    const node = children[0];
    if (!node) {
      throw new Error("npm start has no child process");
    }
    return Number(node);
  }

  /** The server's resident set size in MiB, from /proc/<pid>/status. */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.serverPid()}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (!match?.[1]) {
      throw new Error("VmRSS not found");
    }
    return Number(match[1]) / 1024;
  }

  /** CPU time (user + system) the server has used so far, in seconds, from /proc/<pid>/stat. */
  cpuSeconds(): number {
    const stat = fs.readFileSync(`/proc/${this.serverPid()}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 (in clock ticks).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  }

  /** Stops the server and removes its data dir. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    tempDirs.delete(this.dataDir);
  }
}

/** Creates, starts, runs `body` with, and always disposes of a server. */
export async function withServer<T>(kind: ServerKind, documentIds: readonly string[], body: (server: BenchServer) => Promise<T>): Promise<T> {
  const server = BenchServer.create(kind, documentIds);
  try {
    await server.start();
    return await body(server);
  } finally {
    await server.dispose();
  }
}

/** How each server is run, recorded with the results: every server at its defaults. */
export function serverSettings(kind: ServerKind): { command: string[]; env: Record<string, string> } {
  switch (kind) {
    case "parley":
      // As an operator runs it: `npm start` (the compiled server), every setting at its default.
      // No demo consultation in the store; BENCH_PROFILE_DIR profiles through NODE_OPTIONS, since npm stands between.
      return {
        command: ["npm", "start", "--silent"],
        env: { DEMO_DATA: "false", ...(profileArgs().length > 0 ? { NODE_OPTIONS: profileArgs().join(" ") } : {}) },
      };
    case "reference":
      return { command: [process.execPath, REFERENCE_SERVER], env: {} };
    case "naive":
      return { command: [process.execPath, "--import", "tsx", NAIVE_RELAY], env: {} };
  }
}
