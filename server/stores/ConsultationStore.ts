import type { Consultation, ConsultationState, ConsultationSummary, Organisation } from "../../shared/api/consultations";
import { reportDocumentName } from "../../shared/collab/documentNames";
import type { Deadline } from "../../shared/deadline";
import type { NumberingScheme } from "../../shared/paragraphs";
import type { SubmissionLimits } from "../../shared/submission/limits";
import type { Db } from "../db/openDatabase";

const SELECT_ALL = `SELECT * FROM consultations ORDER BY deadline_utc, id`;
const SELECT_ONE = `SELECT * FROM consultations WHERE id = ?`;
const SELECT_ORGANISATIONS = `
  SELECT o.id, o.name FROM organisations o
  JOIN consultation_organisations co ON co.organisation_id = o.id
  WHERE co.consultation_id = ? ORDER BY o.name`;
const SELECT_PARTICIPATES = `SELECT 1 FROM consultation_organisations WHERE consultation_id = ? AND organisation_id = ?`;
const COUNT_ALL = `SELECT count(*) AS count FROM consultations`;
const SELECT_ORGANISATION = `SELECT id, name FROM organisations WHERE id = ?`;
const SELECT_ALL_ORGANISATIONS = `SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE`;
const INSERT_CONSULTATION = `
  INSERT INTO consultations (id, title, description, deadline_local, deadline_zone, deadline_utc, numbering, state, created_at)
  VALUES (@id, @title, @description, @deadlineLocal, @deadlineZone, @deadlineUtc, @numbering, @state, @createdAt)`;
const UPDATE_CONSULTATION = `
  UPDATE consultations SET title = @title, description = @description,
    deadline_local = @deadlineLocal, deadline_zone = @deadlineZone, deadline_utc = @deadlineUtc,
    internal_deadline_local = @internalLocal, internal_deadline_zone = @internalZone, internal_deadline_utc = @internalUtc,
    state = @state
  WHERE id = @id`;
const UPDATE_LIMITS = `
  UPDATE consultations SET max_comment_characters = @maxCommentCharacters, max_pages = @maxPages, ascii_only = @asciiOnly
  WHERE id = @id`;
const DELETE_PARTICIPANTS = `DELETE FROM consultation_organisations WHERE consultation_id = ?`;
const INSERT_ORGANISATION = `INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)`;
const INSERT_PARTICIPANT = `INSERT INTO consultation_organisations (consultation_id, organisation_id) VALUES (?, ?)`;

interface ConsultationRow {
  id: string;
  title: string;
  description: string;
  deadline_local: string;
  deadline_zone: string;
  deadline_utc: string;
  numbering: NumberingScheme;
  state: ConsultationState;
  created_at: string;
  internal_deadline_local: string | null;
  internal_deadline_zone: string | null;
  internal_deadline_utc: string | null;
  max_comment_characters: number | null;
  max_pages: number | null;
  ascii_only: number | null;
}

/** What a coordinator may change about a consultation. */
export interface ConsultationSettings {
  title: string;
  description: string;
  deadline: Deadline;
  internalDeadline: Deadline | null;
  state: ConsultationState;
}

/** What is needed to create a consultation. */
export interface NewConsultation {
  id: string;
  title: string;
  description: string;
  deadline: Deadline;
  numbering: NumberingScheme;
  state: ConsultationState;
}

function toSummary(row: ConsultationRow): ConsultationSummary {
  return {
    id: row.id,
    title: row.title,
    deadline: { local: row.deadline_local, timeZone: row.deadline_zone, utc: row.deadline_utc },
    state: row.state,
  };
}

/** SQL for consultations and the organisations taking part in them. */
export class ConsultationStore {
  private readonly selectAll;
  private readonly selectOne;
  private readonly selectOrganisations;
  private readonly selectParticipates;

  constructor(private readonly db: Db) {
    this.selectAll = db.prepare<[], ConsultationRow>(SELECT_ALL);
    this.selectOne = db.prepare<[string], ConsultationRow>(SELECT_ONE);
    this.selectOrganisations = db.prepare<[string], Organisation>(SELECT_ORGANISATIONS);
    this.selectParticipates = db.prepare<[string, string], unknown>(SELECT_PARTICIPATES);
  }

  list(): ConsultationSummary[] {
    return this.selectAll.all().map(toSummary);
  }

  get(id: string): Consultation | null {
    const row = this.selectOne.get(id);
    if (!row) {
      return null;
    }
    return {
      ...toSummary(row),
      description: row.description,
      numbering: row.numbering,
      internalDeadline:
        row.internal_deadline_local && row.internal_deadline_zone && row.internal_deadline_utc
          ? { local: row.internal_deadline_local, timeZone: row.internal_deadline_zone, utc: row.internal_deadline_utc }
          : null,
      reportDocument: reportDocumentName(row.id),
      organisations: this.selectOrganisations.all(row.id),
      limits: { maxCommentCharacters: row.max_comment_characters, maxPages: row.max_pages, asciiOnly: row.ascii_only === 1 },
      createdAt: row.created_at,
    };
  }

  exists(id: string): boolean {
    return this.selectOne.get(id) !== undefined;
  }

  /** True when the organisation takes part in the consultation. */
  participates(consultationId: string, organisationId: string): boolean {
    return this.selectParticipates.get(consultationId, organisationId) !== undefined;
  }

  organisation(id: string): Organisation | null {
    return this.db.prepare<[string], Organisation>(SELECT_ORGANISATION).get(id) ?? null;
  }

  organisations(): Organisation[] {
    return this.db.prepare<[], Organisation>(SELECT_ALL_ORGANISATIONS).all();
  }

  /** Creates an organisation; false when the id is taken. */
  createOrganisation(organisation: Organisation): boolean {
    const result = this.db
      .prepare(`${INSERT_ORGANISATION} ON CONFLICT (id) DO NOTHING`)
      .run(organisation.id, organisation.name.trim(), new Date().toISOString());
    return result.changes === 1;
  }

  isEmpty(): boolean {
    return this.db.prepare<[], { count: number }>(COUNT_ALL).get()?.count === 0;
  }

  /** Replaces a consultation's settings; false when there is no such consultation. */
  update(id: string, settings: ConsultationSettings): boolean {
    return (
      this.db.prepare(UPDATE_CONSULTATION).run({
        id,
        title: settings.title,
        description: settings.description,
        deadlineLocal: settings.deadline.local,
        deadlineZone: settings.deadline.timeZone,
        deadlineUtc: settings.deadline.utc,
        internalLocal: settings.internalDeadline?.local ?? null,
        internalZone: settings.internalDeadline?.timeZone ?? null,
        internalUtc: settings.internalDeadline?.utc ?? null,
        state: settings.state,
      }).changes === 1
    );
  }

  /** Replaces a consultation's submission limits. */
  setLimits(id: string, limits: SubmissionLimits): void {
    this.db.prepare(UPDATE_LIMITS).run({ id, maxCommentCharacters: limits.maxCommentCharacters, maxPages: limits.maxPages, asciiOnly: limits.asciiOnly ? 1 : null });
  }

  /** Replaces the organisations taking part, which must exist. */
  setParticipants(id: string, organisationIds: readonly string[]): void {
    this.db.transaction(() => {
      this.db.prepare(DELETE_PARTICIPANTS).run(id);
      for (const organisationId of new Set(organisationIds)) {
        this.db.prepare(INSERT_PARTICIPANT).run(id, organisationId);
      }
    })();
  }

  /** Creates a consultation with its organisations (creating those that do not exist yet). */
  create(consultation: NewConsultation, organisations: Organisation[]): void {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.db.prepare(INSERT_CONSULTATION).run({
        id: consultation.id,
        title: consultation.title,
        description: consultation.description,
        deadlineLocal: consultation.deadline.local,
        deadlineZone: consultation.deadline.timeZone,
        deadlineUtc: consultation.deadline.utc,
        numbering: consultation.numbering,
        state: consultation.state,
        createdAt: now,
      });
      for (const organisation of organisations) {
        this.db.prepare(`${INSERT_ORGANISATION} ON CONFLICT (id) DO NOTHING`).run(organisation.id, organisation.name, now);
        this.db.prepare(INSERT_PARTICIPANT).run(consultation.id, organisation.id);
      }
    })();
  }
}
