// `parley ...` (package.json "bin", or `npm run parley -- ...`): operators' command line on DATA_DIR (default ./data).
import { loadConfig } from "../config";
import { openDatabase } from "../db/openDatabase";
import { asksForHelp, runCommand, USAGE, UsageError } from "./parley";

async function main(argv: string[]): Promise<void> {
  // Asking for help opens nothing, so it never creates a data dir.
  if (asksForHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const db = openDatabase({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  try {
    process.stdout.write(`${await runCommand(db, argv)}\n`);
  } catch (error) {
    const usage = error instanceof UsageError ? `\n\n${USAGE}` : "";
    process.stderr.write(`parley: ${error instanceof Error ? error.message : String(error)}${usage}\n`);
    process.exitCode = 2;
  } finally {
    db.close();
  }
}

await main(process.argv.slice(2));
