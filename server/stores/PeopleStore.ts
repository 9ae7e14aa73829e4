import type { Person } from "../../shared/api/people";
import type { Membership, OrganisationRole, Viewer, WorkspaceRole } from "../../shared/permissions";
import { randomId } from "../auth/secrets";
import type { Db } from "../db/openDatabase";

const SELECT_BY_ID = `SELECT * FROM people WHERE id = ?`;
const SELECT_BY_EMAIL = `SELECT * FROM people WHERE email = ?`;
const SELECT_ALL = `SELECT * FROM people ORDER BY name COLLATE NOCASE`;
const SELECT_MEMBERSHIPS = `SELECT organisation_id AS organisationId, role FROM memberships WHERE person_id = ? ORDER BY organisation_id`;
const INSERT_PERSON = `INSERT INTO people (id, email, name, password_hash, workspace_role, created_at) VALUES (?, ?, ?, ?, ?, ?)`;
const UPDATE_PASSWORD = `UPDATE people SET password_hash = ? WHERE id = ?`;
const UPDATE_NAME = `UPDATE people SET name = ? WHERE id = ?`;
const UPDATE_ROLE = `UPDATE people SET workspace_role = ? WHERE id = ?`;
const UPDATE_REVOKED = `UPDATE people SET revoked_at = ? WHERE id = ?`;
const UPSERT_MEMBERSHIP = `
  INSERT INTO memberships (person_id, organisation_id, role) VALUES (?, ?, ?)
  ON CONFLICT (person_id, organisation_id) DO UPDATE SET role = excluded.role`;
const DELETE_MEMBERSHIP = `DELETE FROM memberships WHERE person_id = ? AND organisation_id = ?`;
const COUNT_PEOPLE = `SELECT count(*) AS count FROM people`;

interface PersonRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  workspace_role: WorkspaceRole | null;
  revoked_at: string | null;
}

/** A person with what only the server may see. */
export interface StoredPerson extends Person {
  passwordHash: string | null;
}

/** What is needed to create a person. */
export interface NewPerson {
  email: string;
  name: string;
  workspaceRole: WorkspaceRole | null;
  passwordHash: string | null;
}

/** SQL for people and their memberships. */
export class PeopleStore {
  private readonly selectById;
  private readonly selectByEmail;
  private readonly selectMemberships;

  constructor(private readonly db: Db) {
    this.selectById = db.prepare<[string], PersonRow>(SELECT_BY_ID);
    this.selectByEmail = db.prepare<[string], PersonRow>(SELECT_BY_EMAIL);
    this.selectMemberships = db.prepare<[string], Membership>(SELECT_MEMBERSHIPS);
  }

  private toPerson(row: PersonRow): StoredPerson {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      workspaceRole: row.workspace_role,
      memberships: this.selectMemberships.all(row.id),
      revoked: row.revoked_at !== null,
      passwordHash: row.password_hash,
    };
  }

  get(id: string): StoredPerson | null {
    const row = this.selectById.get(id);
    return row ? this.toPerson(row) : null;
  }

  findByEmail(email: string): StoredPerson | null {
    const row = this.selectByEmail.get(email.trim());
    return row ? this.toPerson(row) : null;
  }

  list(): StoredPerson[] {
    return this.db.prepare<[], PersonRow>(SELECT_ALL).all().map((row) => this.toPerson(row));
  }

  isEmpty(): boolean {
    return this.db.prepare<[], { count: number }>(COUNT_PEOPLE).get()?.count === 0;
  }

  /** The roles permissions are decided on, or null for an unknown or removed person. */
  viewer(id: string): Viewer | null {
    const person = this.get(id);
    if (!person || person.revoked) {
      return null;
    }
    return { personId: person.id, workspaceRole: person.workspaceRole, memberships: person.memberships };
  }

  create(person: NewPerson): StoredPerson {
    const id = randomId("person");
    this.db
      .prepare(INSERT_PERSON)
      .run(id, person.email.trim(), person.name.trim(), person.passwordHash, person.workspaceRole, new Date().toISOString());
    return this.get(id) as StoredPerson;
  }

  setPasswordHash(id: string, passwordHash: string): void {
    this.db.prepare(UPDATE_PASSWORD).run(passwordHash, id);
  }

  setName(id: string, name: string): void {
    this.db.prepare(UPDATE_NAME).run(name.trim(), id);
  }

  setWorkspaceRole(id: string, role: WorkspaceRole | null): void {
    this.db.prepare(UPDATE_ROLE).run(role, id);
  }

  setMembership(id: string, organisationId: string, role: OrganisationRole | null): void {
    if (role) {
      this.db.prepare(UPSERT_MEMBERSHIP).run(id, organisationId, role);
    } else {
      this.db.prepare(DELETE_MEMBERSHIP).run(id, organisationId);
    }
  }

  revoke(id: string): void {
    this.db.prepare(UPDATE_REVOKED).run(new Date().toISOString(), id);
  }
}

/** What a person looks like to the API: never their password hash. */
export function presentPerson({ passwordHash: _passwordHash, ...person }: StoredPerson): Person {
  return person;
}
