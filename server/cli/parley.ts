// The operators' commands. They work on the data dir's SQLite file directly; a running server
// sees role changes within seconds.
import { parseArgs } from "node:util";
import { welcomePath } from "../../shared/api/routes";
import { ID_PATTERN } from "../../shared/collab/documentNames";
import { OrganisationRole, WorkspaceRole } from "../../shared/permissions";
import { hashPassword } from "../auth/passwords";
import type { Db } from "../db/openDatabase";
import { AuditStore } from "../stores/AuditStore";
import { ConsultationStore } from "../stores/ConsultationStore";
import { InvitationStore, SIGN_IN_LINK_LIFETIME_MS } from "../stores/InvitationStore";
import { PeopleStore } from "../stores/PeopleStore";
import { TokenStore } from "../stores/TokenStore";
import { exportCommand, importCommand, UsageError } from "./documentCommands";

export { UsageError };

export const USAGE = `Usage:
  parley user create --email E --name N [--role coordinator|editor|reviewer] [--password-stdin]
  parley user link --email E [--url http://localhost:8080]      print a single-use sign-in link
  parley token create --email E [--name N]                      print a new API token (once)
  parley org create --id ID --name N
  parley member add --email E --org ID [--role member|lead]
  parley export --consultation C [--organisation O] --format F --out FILE [--discussion] [--lang L]
                                    one organisation's draft package (docx, pdf, md, csv, xlsx, json), or
                                    without --organisation the coalition ZIP (F: formats separated by commas);
                                    L: the files' language (ar, zh, en, fr, ru, es; en by default)
  parley import --consultation C FILE   replace the report with a .docx, .md, .html or .txt file
                                    (refused while a server runs on the data dir; the web page imports live)`;

/** True when the operator asks for the usage text (`--help`, `-h`, `help`) rather than a command. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv[0] === "help" || argv.some((arg) => arg === "--help" || arg === "-h");
}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") {
    throw new UsageError(`--${name} is required`);
  }
  return value.trim();
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

function personByEmail(people: PeopleStore, email: string) {
  const person = people.findByEmail(email);
  if (!person) {
    throw new UsageError(`no person with email ${email}`);
  }
  return person;
}

/**
 * True for the commands that write Yjs documents (the report). A running server holds those in
 * memory, so they run only while no server holds the data dir; people, organisations and tokens
 * are plain rows a running server reads afresh.
 */
export function writesDocuments(argv: string[]): boolean {
  return parseCommandLine(argv).positionals[0] === "import";
}

/** Reads the command line; an option Parley does not know is a usage error, not a crash. */
function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        id: { type: "string" },
        org: { type: "string" },
        url: { type: "string", default: "http://localhost:8080" },
        "password-stdin": { type: "boolean", default: false },
        consultation: { type: "string" },
        organisation: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        discussion: { type: "boolean", default: false },
        lang: { type: "string", default: "en" },
      },
    });
  } catch (error) {
    // Node's message goes on to explain "--" at length; its first sentence names the problem.
    throw new UsageError((error instanceof Error ? error.message : String(error)).split(". ")[0] ?? "");
  }
}

/** Runs one command; returns what to print. */
export async function runCommand(db: Db, argv: string[]): Promise<string> {
  const { values, positionals } = parseCommandLine(argv);
  const people = new PeopleStore(db);
  const audit = new AuditStore(db);
  const command = positionals.join(" ");
  switch (command) {
    case "user create": {
      const role = values.role === undefined ? null : WorkspaceRole.safeParse(values.role).data;
      if (role === undefined) {
        throw new UsageError("--role must be coordinator, editor or reviewer");
      }
      const password = values["password-stdin"] ? await readStdin() : null;
      if (password !== null && password.length < 10) {
        throw new UsageError("the password must be at least 10 characters");
      }
      const email = required(values, "email");
      if (people.findByEmail(email)) {
        throw new UsageError(`a person with email ${email} exists already`);
      }
      const person = people.create({ email, name: required(values, "name"), workspaceRole: role, passwordHash: password ? await hashPassword(password) : null });
      audit.record({ actorId: null, action: "person.create", target: person.id, details: { via: "cli", role } });
      return `Created ${person.name} <${person.email}> (${person.id})`;
    }
    case "user link": {
      const person = personByEmail(people, required(values, "email"));
      const { token } = new InvitationStore(db).create(
        { email: person.email, workspaceRole: null, organisationId: null, organisationRole: null, personId: person.id, invitedBy: null },
        SIGN_IN_LINK_LIFETIME_MS,
      );
      audit.record({ actorId: null, action: "person.sign_in_link_create", target: person.id, details: { via: "cli" } });
      return `${values.url ?? ""}${welcomePath(token)}`;
    }
    case "token create": {
      const person = personByEmail(people, required(values, "email"));
      const { token, summary } = new TokenStore(db).create(person.id, values.name ?? "command line");
      audit.record({ actorId: person.id, action: "token.create", target: summary.id, details: { via: "cli" } });
      return token;
    }
    case "org create": {
      const id = required(values, "id");
      if (!ID_PATTERN.test(id)) {
        throw new UsageError("--id must be lowercase letters, digits and dashes");
      }
      if (!new ConsultationStore(db).createOrganisation({ id, name: required(values, "name") })) {
        throw new UsageError(`an organisation ${id} exists already`);
      }
      audit.record({ actorId: null, action: "organisation.create", target: id, details: { via: "cli" } });
      return `Created organisation ${id}`;
    }
    case "member add": {
      const person = personByEmail(people, required(values, "email"));
      const organisationId = required(values, "org");
      const role = OrganisationRole.safeParse(values.role ?? "member").data;
      if (!role) {
        throw new UsageError("--role must be member or lead");
      }
      if (!new ConsultationStore(db).organisation(organisationId)) {
        throw new UsageError(`no organisation ${organisationId}`);
      }
      people.setMembership(person.id, organisationId, role);
      audit.record({ actorId: null, action: "person.roles_change", target: person.id, details: { via: "cli", organisationId, role } });
      return `${person.email} is now ${role} of ${organisationId}`;
    }
    case "export":
      return exportCommand(db, values);
    case "import":
      return importCommand(db, values, undefined);
    default:
      if (positionals[0] === "import" && positionals.length === 2) {
        return importCommand(db, values, positionals[1]);
      }
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  }
}
