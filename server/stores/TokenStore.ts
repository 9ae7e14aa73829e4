import { hashSecret, randomId, randomSecret } from "../auth/secrets";
import type { Db } from "../db/openDatabase";

const INSERT = `INSERT INTO api_tokens (id, person_id, name, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)`;
const SELECT_ONE = `SELECT person_id AS personId, secret_hash AS secretHash, revoked_at AS revokedAt FROM api_tokens WHERE id = ?`;
const TOUCH = `UPDATE api_tokens SET last_used_at = ? WHERE id = ?`;
const LIST = `
  SELECT id, person_id AS personId, name, created_at AS createdAt, last_used_at AS lastUsedAt, revoked_at AS revokedAt
  FROM api_tokens WHERE person_id = ? ORDER BY created_at DESC`;
const REVOKE = `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND person_id = ? AND revoked_at IS NULL`;

/** An API token as listed: never its secret. */
export interface ApiTokenSummary {
  id: string;
  personId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The prefix that marks a Parley API token: `parley_<id>_<secret>`. */
const TOKEN_PATTERN = /^parley_(token-[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** The id part of a well-formed token (`parley_<id>_<secret>`), or null; proves nothing by itself. */
export function tokenIdOf(token: string): string | null {
  return TOKEN_PATTERN.exec(token)?.[1] ?? null;
}

/** SQL for API tokens; each token is `parley_<id>_<secret>` and only the secret's hash is kept. */
export class TokenStore {
  constructor(private readonly db: Db) {}

  /** Creates a token; the returned value is shown once and never again. */
  create(personId: string, name: string): { token: string; summary: ApiTokenSummary } {
    const id = randomId("token");
    const secret = randomSecret();
    this.db.prepare(INSERT).run(id, personId, name.trim(), hashSecret(secret), new Date().toISOString());
    const summary = this.list(personId).find((token) => token.id === id) as ApiTokenSummary;
    return { token: `parley_${id}_${secret}`, summary };
  }

  /** The person a live token belongs to, or null. */
  personFor(token: string): string | null {
    const match = TOKEN_PATTERN.exec(token);
    if (!match?.[1] || !match[2]) {
      return null;
    }
    const row = this.db.prepare<[string], { personId: string; secretHash: string; revokedAt: string | null }>(SELECT_ONE).get(match[1]);
    if (!row || row.revokedAt || row.secretHash !== hashSecret(match[2])) {
      return null;
    }
    this.db.prepare(TOUCH).run(new Date().toISOString(), match[1]);
    return row.personId;
  }

  list(personId: string): ApiTokenSummary[] {
    return this.db.prepare<[string], ApiTokenSummary>(LIST).all(personId);
  }

  /** Revokes one of a person's tokens; false when there was no such live token. */
  revoke(personId: string, id: string): boolean {
    return this.db.prepare(REVOKE).run(new Date().toISOString(), id, personId).changes === 1;
  }
}
