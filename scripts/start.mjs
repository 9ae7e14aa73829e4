// `npm start`: builds the client and the server when missing or older than their sources, then
// runs the compiled server in this same Node process (the built client, the REST API and the
// WebSocket on one port).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pathToFileURL } from "node:url";
import { buildServerIfStale } from "./buildServer.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const builtIndex = path.join(root, "dist", "client", "index.html");
const SOURCES = ["client", "shared", "vite.config.ts", "package-lock.json"];

function newestChange(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newestChange(path.join(target, entry))));
}

function clientIsStale() {
  if (!fs.existsSync(builtIndex)) {
    return true;
  }
  const sources = SOURCES.map((entry) => path.join(root, entry)).filter((entry) => fs.existsSync(entry));
  return Math.max(...sources.map(newestChange)) > fs.statSync(builtIndex).mtimeMs;
}

if (clientIsStale()) {
  process.stdout.write("Building the client…\n");
  const vite = path.join(root, "node_modules", "vite", "bin", "vite.js");
  const build = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
}

const server = await buildServerIfStale();
process.chdir(root);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(server).href);
