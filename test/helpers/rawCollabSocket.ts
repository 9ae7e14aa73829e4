import fs from "node:fs";
import { onTestFinished } from "vitest";
import WebSocket from "ws";

/**
 * A bare WebSocket to the sync endpoint, signed in with an API token, that speaks no protocol on
 * its own: for tests that send what a hostile client would. `onMessage` hears every message,
 * including those that arrive with the handshake. Terminated when the test finishes.
 */
export async function openRawSocket(collabUrl: string, documentName: string, token: string, onMessage?: (data: Buffer) => void): Promise<WebSocket> {
  const socket = new WebSocket(`${collabUrl}/${documentName}?token=${encodeURIComponent(token)}`);
  onTestFinished(() => socket.terminate());
  if (onMessage) {
    socket.on("message", onMessage);
  }
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return socket;
}

/** Resolves with the close code the server sent, or rejects after `timeoutMs`. */
export function closeCodeOf(socket: WebSocket, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the socket was not closed within ${timeoutMs} ms`)), timeoutMs);
    socket.once("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A process's resident memory in bytes, from /proc (Linux); 0 once it has exited. */
export function residentBytes(pid: number): number {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return 0;
  }
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}
