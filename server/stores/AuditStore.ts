import type { Db } from "../db/openDatabase";

const INSERT = `INSERT INTO audit_events (at, actor_id, action, target, details, ip) VALUES (?, ?, ?, ?, ?, ?)`;
const SELECT = `
  SELECT e.id, e.at, e.actor_id AS actorId, p.name AS actorName, e.action, e.target, e.details, e.ip
  FROM audit_events e LEFT JOIN people p ON p.id = e.actor_id
  WHERE (@action IS NULL OR e.action = @action) AND (@actorId IS NULL OR e.actor_id = @actorId)
    AND (@since IS NULL OR e.at >= @since)
  ORDER BY e.id DESC LIMIT @limit`;

/** One thing that happened, for the audit log. */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  ip?: string;
}

/** An audit event as read back. */
export interface AuditEvent {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  target: string;
  details: Record<string, unknown>;
  ip: string;
}

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  since?: string | undefined;
  limit: number;
}

/** SQL for the audit log: append-only. */
export class AuditStore {
  constructor(private readonly db: Db) {}

  record(entry: AuditEntry): void {
    this.db
      .prepare(INSERT)
      .run(new Date().toISOString(), entry.actorId, entry.action, entry.target ?? "", JSON.stringify(entry.details ?? {}), entry.ip ?? "");
  }

  list(filter: AuditFilter): AuditEvent[] {
    const rows = this.db
      .prepare<[{ action: string | null; actorId: string | null; since: string | null; limit: number }], Omit<AuditEvent, "details"> & { details: string }>(SELECT)
      .all({ action: filter.action ?? null, actorId: filter.actorId ?? null, since: filter.since ?? null, limit: filter.limit });
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }
}
