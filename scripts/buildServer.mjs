// Compiles the server for `npm start`: one ES module for the process and one each for its
// maintenance and import threads, in dist/server, with the SQL migrations beside them. Packages stay in node_modules.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, "dist", "server");
const entry = path.join(outDir, "index.js");
const SOURCES = ["server", "shared", "package-lock.json"];

function newestChange(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

/** True when dist/server is missing or older than the server's or shared sources. */
export function serverIsStale() {
  if (!fs.existsSync(entry)) {
    return true;
  }
  const sources = SOURCES.map((name) => path.join(root, name)).filter((name) => fs.existsSync(name));
  return Math.max(...sources.map(newestChange)) > fs.statSync(entry).mtimeMs;
}

/** Builds dist/server when it is stale; returns the path of its entry module. */
export async function buildServerIfStale() {
  return serverIsStale() ? buildServer() : entry;
}

/** Builds dist/server (well under a second); returns the path of its entry module. */
export async function buildServer() {
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, "server", "index.ts"), path.join(root, "server", "db", "maintenanceWorker.ts"), path.join(root, "server", "imports", "importWorker.ts")],
    entryNames: "[name]",
    outdir: outDir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
  fs.cpSync(path.join(root, "server", "db", "migrations"), path.join(outDir, "migrations"), { recursive: true });
  return entry;
}

// `node scripts/buildServer.mjs` (part of `npm run build`) builds it whatever its age.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
}
