-- People, their roles, sign-in sessions, invitations, API tokens and the audit log.

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  -- scrypt hash "scrypt$N$r$p$salt$hash"; null until the person sets a password.
  password_hash TEXT,
  -- Workspace-wide role; organisation roles live in memberships.
  workspace_role TEXT CHECK (workspace_role IN ('coordinator', 'editor', 'reviewer')),
  -- Set when the person is removed: they can no longer sign in and their sessions end.
  revoked_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('member', 'lead')),
  PRIMARY KEY (person_id, organisation_id)
) STRICT;

-- Sessions are looked up by the SHA-256 of the cookie's secret, never by the secret itself.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX sessions_by_person ON sessions (person_id);

-- Single-use links: invitations (create a person) and sign-in links (for an existing person).
CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL COLLATE NOCASE,
  workspace_role TEXT CHECK (workspace_role IN ('coordinator', 'editor', 'reviewer')),
  organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
  organisation_role TEXT CHECK (organisation_role IN ('member', 'lead')),
  -- For a sign-in link: the person it signs in.
  person_id TEXT REFERENCES people (id) ON DELETE CASCADE,
  invited_by TEXT REFERENCES people (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  revoked_at TEXT
) STRICT;

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
) STRICT;

CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  ip TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_events_by_time ON audit_events (at);
