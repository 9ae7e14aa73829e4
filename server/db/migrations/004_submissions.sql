-- Deadlines beyond the consultation's own, the coalition's internal pipeline, and submissions.

-- The coalition's own earlier deadline (for example, review closes two days before the real one).
ALTER TABLE consultations ADD COLUMN internal_deadline_local TEXT;
ALTER TABLE consultations ADD COLUMN internal_deadline_zone TEXT;
ALTER TABLE consultations ADD COLUMN internal_deadline_utc TEXT;

-- A later deadline for one organisation.
CREATE TABLE deadline_extensions (
  consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  deadline_local TEXT NOT NULL,
  deadline_zone TEXT NOT NULL,
  deadline_utc TEXT NOT NULL,
  granted_by TEXT,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (consultation_id, organisation_id)
) STRICT;

-- Where an organisation's submission stands in the coalition's own pipeline.
CREATE TABLE submission_stages (
  consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('drafting', 'ready_for_review', 'signed_off')),
  updated_by TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (consultation_id, organisation_id)
) STRICT;

-- Every submit and withdraw, in order: the newest submit not followed by a withdraw is official.
CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (action IN ('submitted', 'withdrawn')),
  -- The frozen state of the submission document, for submits.
  version_id INTEGER REFERENCES versions (id),
  state_sha256 TEXT,
  person_id TEXT,
  at TEXT NOT NULL
) STRICT;

CREATE INDEX submissions_by_organisation ON submissions (consultation_id, organisation_id, id);

-- The package files rendered from a submitted state: the exact bytes a coordinator downloads.
CREATE TABLE submission_files (
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  PRIMARY KEY (submission_id, format)
) STRICT;

CREATE TRIGGER submissions_are_history BEFORE UPDATE ON submissions
BEGIN
  SELECT RAISE(ABORT, 'submissions are history');
END;

CREATE TRIGGER submission_files_are_history BEFORE UPDATE ON submission_files
BEGIN
  SELECT RAISE(ABORT, 'submitted files never change');
END;
