import { createApp } from "./app";
import { loadConfig } from "./config";
import { welcomePath } from "../shared/api/routes";
import { seedDemoComments } from "./demo/demoComments";
import { DEMO_CONSULTATION_ID, seedDemo } from "./demo/seedDemo";
import { seedDemoCoordinator } from "./demo/seedDemoCoordinator";
import { createLogger } from "./logger";
import { DataDirLock } from "./db/DataDirLock";

/** Starts Parley: config → app → demo data → maintenance thread up → listen; closes cleanly on SIGINT and SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logJson);
  // One writer per data dir: a second server, or `parley import`, would write behind this one's rooms.
  const lock = config.dataDir === ":memory:" ? null : DataDirLock.acquire(config.dataDir, "server");
  process.on("exit", () => lock?.release());
  const parley = createApp(config, logger);
  let signInToken: string | null = null;
  if (config.demoData && seedDemo(parley.deps.consultations, parley.deps.documents)) {
    seedDemoComments(parley.deps.documents, DEMO_CONSULTATION_ID);
    logger.info("server", "demo consultation created", { dataDir: config.dataDir });
    signInToken = seedDemoCoordinator(parley.deps.people, parley.deps.invitations);
  }
  // Listen once the maintenance thread has started, so the first people are not served while it loads.
  await parley.deps.maintenance.ready;
  parley.httpServer.listen(config.port, config.host, () => {
    const address = parley.httpServer.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const shownHost = !config.host || config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    process.stdout.write(`Parley listening on http://${shownHost}:${port}\n`);
    if (signInToken) {
      const base = config.publicUrl ?? `http://${shownHost}:${port}`;
      process.stdout.write(`Sign in as the demo coordinator with this single-use link (valid 24 hours):\n  ${base}${welcomePath(signInToken)}\n`);
    }
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    logger.info("server", "shutting down", { signal });
    parley.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("server", "shutdown failed", { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
