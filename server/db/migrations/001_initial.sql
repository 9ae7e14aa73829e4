-- Consultations, the organisations answering them, and the Yjs documents' storage.

CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  -- The deadline as people state it (local date-time and IANA zone) and as the server compares it.
  deadline_local TEXT NOT NULL,
  deadline_zone TEXT NOT NULL,
  deadline_utc TEXT NOT NULL,
  numbering TEXT NOT NULL DEFAULT 'continuous' CHECK (numbering IN ('continuous', 'sectioned')),
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('preparing', 'open', 'closed')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE consultation_organisations (
  consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  PRIMARY KEY (consultation_id, organisation_id)
) STRICT;

-- The merged state of each Yjs document, as of its last compaction.
CREATE TABLE documents (
  name TEXT PRIMARY KEY,
  state BLOB NOT NULL,
  compacted_at INTEGER NOT NULL
) STRICT;

-- Every update received since the last compaction, appended before it is relayed.
CREATE TABLE document_updates (
  -- A plain rowid: AUTOINCREMENT would write sqlite_sequence on every commit.
  id INTEGER PRIMARY KEY,
  document_name TEXT NOT NULL,
  data BLOB NOT NULL,
  received_at INTEGER NOT NULL
) STRICT;

CREATE INDEX document_updates_by_document ON document_updates (document_name, id);
