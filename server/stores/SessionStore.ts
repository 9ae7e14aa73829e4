import { hashSecret, randomSecret } from "../auth/secrets";
import type { Db } from "../db/openDatabase";

const INSERT = `INSERT INTO sessions (id_hash, person_id, created_at, expires_at, last_seen_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)`;
const SELECT = `SELECT person_id AS personId, expires_at AS expiresAt, last_seen_at AS lastSeenAt FROM sessions WHERE id_hash = ?`;
const TOUCH = `UPDATE sessions SET expires_at = ?, last_seen_at = ? WHERE id_hash = ?`;
const DELETE_ONE = `DELETE FROM sessions WHERE id_hash = ?`;
const DELETE_FOR_PERSON = `DELETE FROM sessions WHERE person_id = ?`;
const DELETE_OTHERS = `DELETE FROM sessions WHERE person_id = ? AND id_hash <> ?`;
const DELETE_EXPIRED = `DELETE FROM sessions WHERE expires_at <= ?`;
const LIST_FOR_PERSON = `
  SELECT id_hash AS id, created_at AS createdAt, last_seen_at AS lastSeenAt, ip, user_agent AS userAgent
  FROM sessions WHERE person_id = ? ORDER BY last_seen_at DESC`;

/** Sessions last this long after the last request (sliding), refreshed at most once a minute. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60_000;

/** One signed-in browser, as its owner sees it on the account page. */
export interface SessionSummary {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
  userAgent: string;
}

/** SQL for sign-in sessions; the cookie holds a secret, the table only its hash. */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts a session; returns the secret for the cookie. */
  create(personId: string, ip: string, userAgent: string): string {
    const secret = randomSecret();
    const now = this.now();
    const expires = new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString();
    this.db.prepare(INSERT).run(hashSecret(secret), personId, now.toISOString(), expires, now.toISOString(), ip, userAgent.slice(0, 200));
    return secret;
  }

  /** The person a live session belongs to (extending it), or null for an unknown or expired one. */
  personFor(secret: string): string | null {
    const idHash = hashSecret(secret);
    const row = this.db.prepare<[string], { personId: string; expiresAt: string; lastSeenAt: string }>(SELECT).get(idHash);
    const now = this.now();
    if (!row || new Date(row.expiresAt) <= now) {
      return null;
    }
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      this.db.prepare(TOUCH).run(new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(), now.toISOString(), idHash);
    }
    return row.personId;
  }

  list(personId: string): SessionSummary[] {
    return this.db.prepare<[string], SessionSummary>(LIST_FOR_PERSON).all(personId);
  }

  delete(secret: string): void {
    this.db.prepare(DELETE_ONE).run(hashSecret(secret));
  }

  /** Ends every session of a person ("sign out everywhere", removal). */
  deleteAll(personId: string): void {
    this.db.prepare(DELETE_FOR_PERSON).run(personId);
  }

  /** Ends every session of a person but the one holding `keepSecret` ("sign out everywhere else"). */
  deleteOthers(personId: string, keepSecret: string | null): void {
    this.db.prepare(DELETE_OTHERS).run(personId, keepSecret ? hashSecret(keepSecret) : "");
  }

  deleteExpired(): void {
    this.db.prepare(DELETE_EXPIRED).run(this.now().toISOString());
  }
}
