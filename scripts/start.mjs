// `npm start`: builds the client when it is missing or older than its sources, then runs the
// server in this same Node process (the built client, the REST API and the WebSocket on one port).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

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

process.chdir(root);
register();
await import("../server/index.ts");
