import path from "node:path";
import { z } from "zod";

const MEBIBYTE = 1024 * 1024;

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  /** Seed the demo consultation into an empty data dir. */
  DEMO_DATA: z.enum(["true", "false"]).default("true"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "text"]).optional(),
  NODE_ENV: z.string().optional(),
  /** Largest WebSocket message accepted; larger ones close the connection with 1009. */
  MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(10 * MEBIBYTE),
  /** Compact a document's update log once it holds this many updates. */
  COMPACT_AFTER_UPDATES: z.coerce.number().int().positive().default(500),
  /** Keep an empty document loaded this long before compacting and unloading it. */
  UNLOAD_AFTER_MS: z.coerce.number().int().min(0).default(2_000),
  /** "FULL" also survives power loss, at some cost per batch of updates. */
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  /** Save a report automatically at most this often while it is being edited. */
  AUTO_VERSION_INTERVAL_MS: z.coerce.number().int().positive().default(60 * 60 * 1000),
  /** Where the built client is; served at `/`. */
  CLIENT_DIR: z.string().default("dist/client"),
  /** Below this much free space in DATA_DIR, `/api/health` reports "degraded" (503). */
  DISK_RESERVE_BYTES: z.coerce.number().int().min(0).default(64 * MEBIBYTE),
  /** Where people reach Parley, for links in emails and printed links; else the address it listens on. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Outgoing mail server for invitations, e.g. `smtp://user:pass@mail.example.org:587`. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  /** The sender of invitation emails, e.g. `Parley <parley@example.org>`. */
  SMTP_FROM: z.string().min(3).optional(),
});

/** Parley's configuration, read from the environment once at start-up. */
export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  demoData: boolean;
  logLevel: z.infer<typeof Environment>["LOG_LEVEL"];
  logJson: boolean;
  maxMessageBytes: number;
  compactAfterUpdates: number;
  unloadAfterMs: number;
  sqliteSynchronous: "NORMAL" | "FULL";
  autoVersionIntervalMs: number;
  clientDir: string;
  /** Free space below which the store counts as unable to take writes. */
  diskReserveBytes: number;
  /** The public base URL without a trailing slash, when set. */
  publicUrl: string | undefined;
  /** Outgoing mail, when configured; invitations are then also emailed. */
  smtp: { url: string; from: string } | null;
}

/** Reads the configuration; throws with every problem listed when a variable is invalid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  if (values.SMTP_URL && !values.SMTP_FROM) {
    throw new Error("Invalid configuration: SMTP_FROM: is required when SMTP_URL is set");
  }
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    demoData: values.DEMO_DATA === "true",
    logLevel: values.LOG_LEVEL,
    logJson: values.LOG_FORMAT ? values.LOG_FORMAT === "json" : values.NODE_ENV === "production",
    maxMessageBytes: values.MAX_MESSAGE_BYTES,
    compactAfterUpdates: values.COMPACT_AFTER_UPDATES,
    unloadAfterMs: values.UNLOAD_AFTER_MS,
    sqliteSynchronous: values.SQLITE_SYNCHRONOUS,
    autoVersionIntervalMs: values.AUTO_VERSION_INTERVAL_MS,
    clientDir: path.resolve(values.CLIENT_DIR),
    diskReserveBytes: values.DISK_RESERVE_BYTES,
    publicUrl: values.PUBLIC_URL?.replace(/\/+$/, ""),
    smtp: values.SMTP_URL && values.SMTP_FROM ? { url: values.SMTP_URL, from: values.SMTP_FROM } : null,
  };
}
