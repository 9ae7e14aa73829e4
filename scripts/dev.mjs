// `npm run dev`: the server with restart on change, and Vite with hot reload proxying /api and /collab to it.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = process.env.PORT ?? "8080";
const children = [
  spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "watch", "server/index.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: port },
  }),
  spawn(process.execPath, [path.join(root, "node_modules", "vite", "bin", "vite.js")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: port },
  }),
];

const stop = () => {
  for (const child of children) {
    child.kill("SIGTERM");
  }
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) {
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
