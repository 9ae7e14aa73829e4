// `parley ...` (package.json "bin", or `npm run parley -- ...`): operators' command line on DATA_DIR (default ./data).
import { loadConfig } from "../config";
import { openDatabase } from "../db/openDatabase";
import { DataDirLock, DataDirLockedError } from "../db/DataDirLock";
import { asksForHelp, runCommand, USAGE, UsageError, writesDocuments } from "./parley";

/** Takes the data dir for a command that writes documents; null when the command writes none. */
function lockFor(argv: string[], dataDir: string): DataDirLock | null {
  try {
    return writesDocuments(argv) && dataDir !== ":memory:" ? DataDirLock.acquire(dataDir, argv[0] ?? "command") : null;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new Error(`${error.message}. Stop the server first, or import from the report page, which applies the file live.`);
    }
    // A usage mistake is reported by the command itself, with the usage text.
    if (error instanceof UsageError) {
      return null;
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  // Asking for help opens nothing, so it never creates a data dir.
  if (asksForHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  let lock: DataDirLock | null;
  try {
    lock = lockFor(argv, config.dataDir);
  } catch (error) {
    process.stderr.write(`parley: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const db = openDatabase({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  try {
    process.stdout.write(`${await runCommand(db, argv)}\n`);
  } catch (error) {
    const usage = error instanceof UsageError ? `\n\n${USAGE}` : "";
    process.stderr.write(`parley: ${error instanceof Error ? error.message : String(error)}${usage}\n`);
    process.exitCode = 2;
  } finally {
    db.close();
    lock?.release();
  }
}

await main(process.argv.slice(2));
