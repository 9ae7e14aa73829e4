-- Saved versions of documents: a name, why and by whom, and the document's full Yjs state.

CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  document_name TEXT NOT NULL,
  name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('manual', 'auto', 'import', 'opening', 'submission', 'restore')),
  -- The person who saved it; null for versions Parley saved itself. No foreign key: a version
  -- outlives the record of whoever saved it.
  created_by TEXT,
  created_at TEXT NOT NULL,
  -- Y.encodeStateAsUpdate of the whole document at that moment.
  state BLOB NOT NULL
) STRICT;

CREATE INDEX versions_by_document ON versions (document_name, id);

-- Versions are history: once saved, they never change.
CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
BEGIN
  SELECT RAISE(ABORT, 'versions are immutable');
END;
