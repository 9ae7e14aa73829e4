import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import express from "express";
import helmet from "helmet";
import { ApiRoutes } from "../shared/api/routes";
import { CollabServer } from "./collab/CollabServer";
import { DEFAULT_AWARENESS_TIMING, type AwarenessTiming } from "./collab/AwarenessRelay";
import { documentGate } from "./collab/documentAccess";
import { RateLimiter } from "./auth/RateLimiter";
import type { Config } from "./config";
import { openDatabase, type Db } from "./db/openDatabase";
import { StoreHealth } from "./db/StoreHealth";
import { StoreMaintenance } from "./db/StoreMaintenance";
import { authenticateRequests, checkOrigin } from "./http/access";
import { apiNotFound, errorHandler } from "./http/errorHandler";
import { listRoutes } from "./http/listRoutes";
import type { Logger } from "./logger";
import { createInvitationMailer, type InvitationMailer } from "./mail/InvitationMailer";
import { openApiDocument } from "./openapi";
import { ExportJobs } from "./exports/ExportJobs";
import { ImportReaders } from "./imports/ImportReaders";
import { commentsRouter } from "./routes/commentsRouter";
import { submissionsRouter } from "./routes/submissionsRouter";
import { consultationsRouter } from "./routes/consultationsRouter";
import { documentsRouter } from "./routes/documentsRouter";
import { exportsRouter } from "./routes/exportsRouter";
import { importRouter } from "./routes/importRouter";
import { authRouter } from "./routes/authRouter";
import { healthRouter } from "./routes/healthRouter";
import { peopleRouter } from "./routes/peopleRouter";
import { versionsRouter } from "./routes/versionsRouter";
import { diffsRouter } from "./routes/diffsRouter";
import { workspaceRouter } from "./routes/workspaceRouter";
import { AuditStore } from "./stores/AuditStore";
import { ConsultationStore } from "./stores/ConsultationStore";
import { DocumentStore } from "./stores/DocumentStore";
import { InvitationStore } from "./stores/InvitationStore";
import { PeopleStore } from "./stores/PeopleStore";
import { SessionStore } from "./stores/SessionStore";
import { TokenStore } from "./stores/TokenStore";
import { VersionStore } from "./stores/VersionStore";
import { AutoVersions } from "./versions/AutoVersions";
import { Versions } from "./versions/Versions";
import { Submissions } from "./submissions/Submissions";
import { SubmissionStore } from "./stores/SubmissionStore";

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
  people: PeopleStore;
  sessions: SessionStore;
  invitations: InvitationStore;
  tokens: TokenStore;
  audit: AuditStore;
  /** Emails invitations when SMTP is configured. */
  mailer: InvitationMailer | null;
  /** Saved versions: `versions.saveVersion(docName, { kind, name })` for every kind. */
  versions: Versions;
  /** Submissions: deadlines, extensions, the lock, submit, withdraw, receipts. */
  submissions: Submissions;
  submissionStore: SubmissionStore;
  /** The server's clock, the only authority on deadlines; injectable for tests. */
  now: () => Date;
  /** Coalition exports running or waiting for download, in memory. */
  exportJobs: ExportJobs;
  /** The threads uploaded draft reports are read on, within the import limits. */
  importReaders: ImportReaders;
  /** Whether the data dir takes writes (free space, a write probe), for `/api/health`. */
  storeHealth: StoreHealth;
  /** Failed sign-ins per account and per address. */
  signInLimits: { account: RateLimiter; address: RateLimiter };
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** A wired Parley server that has not started listening. */
export interface ParleyApp {
  httpServer: http.Server;
  deps: AppDeps;
  /** Every API route served, for checking the OpenAPI description against. */
  routes: { method: string; path: string }[];
  /** Stops accepting connections, stores and compacts every open document, closes the database. */
  close(): Promise<void>;
}

const VERSION = "0.1.0";

/** Builds Parley: database, stores, sync server, REST API and the built client, on one HTTP server. */
export function createApp(
  config: Config,
  logger: Logger,
  awarenessTiming: AwarenessTiming = DEFAULT_AWARENESS_TIMING,
  now: () => Date = () => new Date(),
): ParleyApp {
  const db = openDatabase({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  const consultations = new ConsultationStore(db);
  const documents = new DocumentStore(db);
  const people = new PeopleStore(db);
  const sessions = new SessionStore(db);
  const tokens = new TokenStore(db);
  const maintenance = new StoreMaintenance(
    { dataDir: config.dataDir, synchronous: config.sqliteSynchronous, checkpointIntervalMs: 1_000 },
    logger,
  );
  const collab = new CollabServer(documents, maintenance, documentGate({ consultations, people, sessions, tokens }), logger, {
    maxMessageBytes: config.maxMessageBytes,
    compactAfter: config.compactAfterUpdates,
    unloadAfterMs: config.unloadAfterMs,
    awarenessTiming,
    pingIntervalMs: 30_000,
    accessCheckIntervalMs: 5_000,
  });
  const versions = new Versions(new VersionStore(db), collab.rooms, now);
  const submissionStore = new SubmissionStore(db);
  const submissions = new Submissions({ consultations, store: submissionStore, versions, rooms: collab.rooms, now, logger });
  collab.lockFor = (documentName) => submissions.lockFor(documentName);
  const autoVersions = new AutoVersions(versions, config.autoVersionIntervalMs, logger);
  collab.rooms.onStored = autoVersions.edited;
  const deps: AppDeps = {
    db,
    config,
    logger,
    version: VERSION,
    consultations,
    documents,
    maintenance,
    collab,
    people,
    sessions,
    invitations: new InvitationStore(db),
    tokens,
    audit: new AuditStore(db),
    mailer: config.smtp ? createInvitationMailer(config.smtp, logger) : null,
    versions,
    submissions,
    submissionStore,
    now,
    exportJobs: new ExportJobs(),
    importReaders: new ImportReaders(),
    storeHealth: new StoreHealth(config.dataDir, config.diskReserveBytes),
    signInLimits: { account: new RateLimiter(5, FIFTEEN_MINUTES), address: new RateLimiter(30, FIFTEEN_MINUTES) },
  };

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(securityHeaders());
  app.use("/api", express.json({ limit: "1mb" }), authenticateRequests(deps), checkOrigin);
  app.get(ApiRoutes.openApi, (_request, response) => {
    response.json(openApiDocument(VERSION));
  });
  app.use(
    healthRouter(deps),
    authRouter(deps),
    consultationsRouter(deps),
    commentsRouter(deps),
    submissionsRouter(deps),
    exportsRouter(deps),
    importRouter(deps),
    documentsRouter(deps),
    versionsRouter(deps),
    diffsRouter(deps),
    peopleRouter(deps),
    workspaceRouter(deps),
  );
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
    routes: listRoutes(app),
    close: async () => {
      autoVersions.close();
      collab.close();
      deps.importReaders.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await maintenance.close();
      db.close();
    },
  };
}

/** Security headers, with a Content Security Policy the built client runs under (same-origin WebSocket included). */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Colour swatches and ProseMirror set inline style attributes; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'", (request) => `ws://${request.headers.host ?? "localhost"}`, (request) => `wss://${request.headers.host ?? "localhost"}`],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
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
