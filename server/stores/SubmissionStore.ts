import type { Deadline } from "../../shared/deadline";
import type { SubmissionStage } from "../../shared/api/submissions";
import type { Locale } from "../../shared/i18n/locales";
import type { Db } from "../db/openDatabase";

const SELECT_EXTENSION = `SELECT deadline_local AS local, deadline_zone AS timeZone, deadline_utc AS utc FROM deadline_extensions WHERE consultation_id = ? AND organisation_id = ?`;
const UPSERT_EXTENSION = `
  INSERT INTO deadline_extensions (consultation_id, organisation_id, deadline_local, deadline_zone, deadline_utc, granted_by, granted_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (consultation_id, organisation_id) DO UPDATE SET
    deadline_local = excluded.deadline_local, deadline_zone = excluded.deadline_zone, deadline_utc = excluded.deadline_utc,
    granted_by = excluded.granted_by, granted_at = excluded.granted_at`;
const DELETE_EXTENSION = `DELETE FROM deadline_extensions WHERE consultation_id = ? AND organisation_id = ?`;
const SELECT_STAGE = `SELECT stage FROM submission_stages WHERE consultation_id = ? AND organisation_id = ?`;
const UPSERT_STAGE = `
  INSERT INTO submission_stages (consultation_id, organisation_id, stage, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (consultation_id, organisation_id) DO UPDATE SET stage = excluded.stage, updated_by = excluded.updated_by, updated_at = excluded.updated_at`;
const INSERT_EVENT = `INSERT INTO submissions (consultation_id, organisation_id, action, version_id, state_sha256, language, person_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const SELECT_EVENTS = `
  SELECT s.id, s.action, s.at, s.state_sha256 AS stateSha256, s.language, s.person_id AS personId, s.version_id AS versionId, p.name AS personName
  FROM submissions s LEFT JOIN people p ON p.id = s.person_id
  WHERE s.consultation_id = ? AND s.organisation_id = ? ORDER BY s.id DESC`;
const INSERT_FILE = `INSERT INTO submission_files (submission_id, format, bytes, sha256) VALUES (?, ?, ?, ?)`;
const SELECT_FILES = `SELECT format, sha256, length(bytes) AS size FROM submission_files WHERE submission_id = ? ORDER BY format`;
const SELECT_FILE = `SELECT bytes, sha256 FROM submission_files WHERE submission_id = ? AND format = ?`;

/** One submit or withdraw as stored. */
export interface SubmissionRow {
  id: number;
  action: "submitted" | "withdrawn";
  at: string;
  stateSha256: string | null;
  /** The language of the frozen files' labels; null for withdrawals and for submits older than the column (English). */
  language: Locale | null;
  personId: string | null;
  personName: string | null;
  versionId: number | null;
}

/** A frozen package file. */
export interface SubmissionFile {
  format: string;
  sha256: string;
  size: number;
}

/** SQL for deadline extensions, the coalition's stages, submissions and their frozen files. */
export class SubmissionStore {
  constructor(private readonly db: Db) {}

  extension(consultationId: string, organisationId: string): Deadline | null {
    return this.db.prepare<[string, string], Deadline>(SELECT_EXTENSION).get(consultationId, organisationId) ?? null;
  }

  setExtension(consultationId: string, organisationId: string, deadline: Deadline, grantedBy: string | null, at: Date): void {
    this.db.prepare(UPSERT_EXTENSION).run(consultationId, organisationId, deadline.local, deadline.timeZone, deadline.utc, grantedBy, at.toISOString());
  }

  removeExtension(consultationId: string, organisationId: string): boolean {
    return this.db.prepare(DELETE_EXTENSION).run(consultationId, organisationId).changes > 0;
  }

  stage(consultationId: string, organisationId: string): SubmissionStage {
    return this.db.prepare<[string, string], { stage: SubmissionStage }>(SELECT_STAGE).get(consultationId, organisationId)?.stage ?? "drafting";
  }

  setStage(consultationId: string, organisationId: string, stage: SubmissionStage, by: string | null, at: Date): void {
    this.db.prepare(UPSERT_STAGE).run(consultationId, organisationId, stage, by, at.toISOString());
  }

  /** Records a submit with its frozen files, in one transaction; returns its id. */
  submit(
    consultationId: string,
    organisationId: string,
    frozen: { versionId: number; stateSha256: string; language: Locale; files: { format: string; bytes: Buffer; sha256: string }[] },
    personId: string,
    at: Date,
  ): number {
    return this.db.transaction(() => {
      const id = Number(
        this.db.prepare(INSERT_EVENT).run(consultationId, organisationId, "submitted", frozen.versionId, frozen.stateSha256, frozen.language, personId, at.toISOString()).lastInsertRowid,
      );
      for (const file of frozen.files) {
        this.db.prepare(INSERT_FILE).run(id, file.format, file.bytes, file.sha256);
      }
      return id;
    })();
  }

  withdraw(consultationId: string, organisationId: string, personId: string, at: Date): number {
    return Number(this.db.prepare(INSERT_EVENT).run(consultationId, organisationId, "withdrawn", null, null, null, personId, at.toISOString()).lastInsertRowid);
  }

  /** Every submit and withdraw of an organisation, newest first. */
  events(consultationId: string, organisationId: string): SubmissionRow[] {
    return this.db.prepare<[string, string], SubmissionRow>(SELECT_EVENTS).all(consultationId, organisationId);
  }

  files(submissionId: number): SubmissionFile[] {
    return this.db.prepare<[number], SubmissionFile>(SELECT_FILES).all(submissionId);
  }

  file(submissionId: number, format: string): { bytes: Buffer; sha256: string } | null {
    return this.db.prepare<[number, string], { bytes: Buffer; sha256: string }>(SELECT_FILE).get(submissionId, format) ?? null;
  }
}
