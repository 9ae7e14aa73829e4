import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import express from "express";
import { ApiRoutes } from "../shared/api/routes";
import { CollabServer } from "./collab/CollabServer";
import { DEFAULT_AWARENESS_TIMING, type AwarenessTiming } from "./collab/AwarenessRelay";
import { existingDocumentAccess } from "./collab/documentAccess";
import type { Config } from "./config";
import { openDatabase, type Db } from "./db/openDatabase";
import { StoreMaintenance } from "./db/StoreMaintenance";
import { apiNotFound, errorHandler } from "./http/errorHandler";
import type { Logger } from "./logger";
import { openApiDocument } from "./openapi";
import { consultationsRouter } from "./routes/consultationsRouter";
import { documentsRouter } from "./routes/documentsRouter";
import { healthRouter } from "./routes/healthRouter";
import { ConsultationStore } from "./stores/ConsultationStore";
import { DocumentStore } from "./stores/DocumentStore";

/** What routes and services share. */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  version: string;
  consultations: ConsultationStore;
  documents: DocumentStore;
  maintenance: StoreMaintenance;
  collab: CollabServer;
}

/** A wired Parley server that has not started listening. */
export interface ParleyApp {
  httpServer: http.Server;
  deps: AppDeps;
  /** Stops accepting connections, stores and compacts every open document, closes the database. */
  close(): Promise<void>;
}

const VERSION = "0.1.0";

/** Builds Parley: database, stores, sync server, REST API and the built client, on one HTTP server. */
export function createApp(config: Config, logger: Logger, awarenessTiming: AwarenessTiming = DEFAULT_AWARENESS_TIMING): ParleyApp {
  const db = openDatabase({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  const consultations = new ConsultationStore(db);
  const documents = new DocumentStore(db);
  const maintenance = new StoreMaintenance(
    { dataDir: config.dataDir, synchronous: config.sqliteSynchronous, checkpointIntervalMs: 1_000 },
    logger,
  );
  const collab = new CollabServer(documents, maintenance, existingDocumentAccess(consultations), logger, {
    maxMessageBytes: config.maxMessageBytes,
    compactAfter: config.compactAfterUpdates,
    unloadAfterMs: config.unloadAfterMs,
    awarenessTiming,
    pingIntervalMs: 30_000,
  });
  const deps: AppDeps = { db, config, logger, version: VERSION, consultations, documents, maintenance, collab };

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(express.json({ limit: "1mb" }));
  app.get(ApiRoutes.openApi, (_request, response) => {
    response.json(openApiDocument(VERSION));
  });
  app.use(healthRouter(deps), consultationsRouter(deps), documentsRouter(deps));
  app.use("/api", apiNotFound);
  serveClient(app, config.clientDir);
  app.use(errorHandler(logger));

  const httpServer = http.createServer(app);
  httpServer.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) {
      socket.destroy();
    }
  });

  return {
    httpServer,
    deps,
    close: async () => {
      collab.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await maintenance.close();
      db.close();
    },
  };
}

/** Serves the built client, with `index.html` for every page path so client-side routes load. */
function serveClient(app: express.Express, clientDir: string): void {
  const indexFile = path.join(clientDir, "index.html");
  app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!api\/|collab\/).*/, (_request, response) => {
    if (!fs.existsSync(indexFile)) {
      response.status(503).type("text/plain").send("The client is not built yet: run `npm run build` or `npm start`.");
      return;
    }
    response.sendFile(indexFile, { headers: { "Cache-Control": "no-cache" } });
  });
}
