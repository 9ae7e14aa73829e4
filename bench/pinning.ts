import { spawnSync } from "node:child_process";
import os from "node:os";

/**
 * The server under test runs on one core and every client (this process, the typists' processes
 * it forks, which inherit its affinity) on the other, so the clients' backlog is not counted as
 * the server's latency. BENCH_PIN=0 runs everything unpinned, as before. Needs taskset
 * (util-linux) and at least two cores; without them the bench runs unpinned and says so.
 */
export const SERVER_CPU = "0";
export const CLIENTS_CPU = "1";

function tasksetWorks(): boolean {
  return spawnSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" }).status === 0;
}

export const PINNED = process.env.BENCH_PIN !== "0" && os.cpus().length >= 2 && tasksetWorks();

/** The command that starts a server, on the server's core when pinned. */
export function onServerCore(command: string, args: readonly string[]): [string, string[]] {
  return PINNED ? ["taskset", ["-c", SERVER_CPU, command, ...args]] : [command, [...args]];
}

/** Moves this process and all its threads to the clients' core; the processes it starts from now on inherit it. */
export function pinThisProcessToClients(): void {
  if (PINNED) {
    spawnSync("taskset", ["-a", "-cp", CLIENTS_CPU, String(process.pid)], { stdio: "ignore" });
  }
}

/** What the JSON records of the pinning. */
export function pinningDescription(): { pinned: boolean; serverCpu: string | null; clientsCpu: string | null } {
  return PINNED ? { pinned: true, serverCpu: SERVER_CPU, clientsCpu: CLIENTS_CPU } : { pinned: false, serverCpu: null, clientsCpu: null };
}
