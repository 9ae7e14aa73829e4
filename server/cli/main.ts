// `parley ...` (package.json "bin", or `npm run parley -- ...`): operators' command line on DATA_DIR (default ./data).
import { loadConfig } from "../config";
import { openDatabase } from "../db/openDatabase";
import { runCommand, USAGE, UsageError } from "./parley";

const config = loadConfig();
const db = openDatabase({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
try {
  process.stdout.write(`${await runCommand(db, process.argv.slice(2))}\n`);
} catch (error) {
  const usage = error instanceof UsageError ? `\n\n${USAGE}` : "";
  process.stderr.write(`parley: ${error instanceof Error ? error.message : String(error)}${usage}\n`);
  process.exitCode = 2;
} finally {
  db.close();
}
