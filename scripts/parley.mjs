#!/usr/bin/env node
// The `parley` command (package.json "bin"): runs server/cli/parley.ts through tsx.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const cli = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), "server", "cli", "main.ts");
await import(cli);
