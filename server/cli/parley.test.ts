import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDemo } from "../demo/seedDemo";
import { seedDemoComments } from "../demo/demoComments";
import { ConsultationStore } from "../stores/ConsultationStore";
import { DocumentStore } from "../stores/DocumentStore";
import { VersionStore } from "../stores/VersionStore";
import { readDraftPackage } from "../exports/readOrganisationPackage";
import { docFromStore } from "../collab/DocumentRoom";
import type * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords";
import { openDatabase } from "../db/openDatabase";
import { PeopleStore } from "../stores/PeopleStore";
import { TokenStore } from "../stores/TokenStore";
import { asksForHelp, runCommand, UsageError } from "./parley";

describe("parley command line", () => {
  it("creates a coordinator, an organisation, a membership, a token and a sign-in link", async () => {
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    expect(await runCommand(db, ["user", "create", "--email", "ana@ngo.example", "--name", "Ana", "--role", "coordinator"])).toMatch(/^Created Ana/);
    expect(await runCommand(db, ["org", "create", "--id", "ngo", "--name", "An NGO"])).toBe("Created organisation ngo");
    expect(await runCommand(db, ["member", "add", "--email", "ana@ngo.example", "--org", "ngo", "--role", "lead"])).toMatch(/lead of ngo/);
    const token = await runCommand(db, ["token", "create", "--email", "ana@ngo.example"]);
    const people = new PeopleStore(db);
    const ana = people.findByEmail("ana@ngo.example");
    expect(ana).toMatchObject({ workspaceRole: "coordinator", memberships: [{ organisationId: "ngo", role: "lead" }] });
    expect(new TokenStore(db).personFor(token)).toBe(ana?.id);
    expect(await runCommand(db, ["user", "link", "--email", "ana@ngo.example"])).toMatch(/^http:\/\/localhost:8080\/welcome\/[\w-]{43}$/);
    expect(await verifyPassword("anything-at-all", ana?.passwordHash ?? null)).toBe(false);
    db.close();
  });

  it.each([
    [["user", "create", "--name", "No email"]],
    [["user", "create", "--email", "a@b.example", "--name", "A", "--role", "king"]],
    [["member", "add", "--email", "nobody@x.example", "--org", "ngo"]],
    [["fly", "away"]],
    [["user", "link", "--emial", "ana@ngo.example"]],
  ])("refuses %j with a usage error", async (argv) => {
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    await expect(runCommand(db, argv)).rejects.toBeInstanceOf(UsageError);
    db.close();
  });
});

describe("parley help", () => {
  it("knows when it is asked for help, in any of the usual ways", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["user", "create", "--help"]]) {
      expect(asksForHelp(argv)).toBe(true);
    }
    expect(asksForHelp(["user", "link", "--email", "ana@ngo.example"])).toBe(false);
    expect(asksForHelp([])).toBe(false);
  });
});

describe("parley export and import", () => {
  it("exports a package and the coalition ZIP, and imports a Markdown report with a version saved", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-cli-"));
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    const documents = new DocumentStore(db);
    seedDemo(new ConsultationStore(db), documents);
    seedDemoComments(documents, "ict-security");
    try {
      const json = path.join(dir, "open-networks.json");
      expect(await runCommand(db, ["export", "--consultation", "ict-security", "--organisation", "open-networks", "--format", "json", "--out", json])).toMatch(/^Wrote /);
      expect(JSON.parse(fs.readFileSync(json, "utf8"))).toMatchObject({ organisation: { id: "open-networks" }, state: "draft" });
      const zip = path.join(dir, "coalition.zip");
      await runCommand(db, ["export", "--consultation", "ict-security", "--format", "md,xlsx", "--out", zip]);
      expect(fs.readFileSync(zip).subarray(0, 2).toString()).toBe("PK");
      await expect(runCommand(db, ["export", "--consultation", "ict-security", "--format", "exe", "--out", zip])).rejects.toBeInstanceOf(UsageError);
      const russian = path.join(dir, "open-networks.md");
      await runCommand(db, ["export", "--consultation", "ict-security", "--organisation", "open-networks", "--format", "md", "--lang", "ru", "--out", russian]);
      expect(fs.readFileSync(russian, "utf8")).toContain("### Пункт 38: ");
      await expect(runCommand(db, ["export", "--consultation", "ict-security", "--format", "md", "--lang", "de", "--out", zip])).rejects.toBeInstanceOf(UsageError);

      const markdown = path.join(dir, "draft.md");
      fs.writeFileSync(markdown, "## A. Scope\n\n1. The report covers one year.\n\n## B. Work\n\n7. The group met twice.\n");
      expect(await runCommand(db, ["import", "--consultation", "ict-security", markdown])).toMatch(
        /^Imported 2 paragraphs into ict-security: sections A \(1\), B \(1\)\nComments: 0 kept, 0 re-attached to similar text at another number, [1-9]\d* detached \(no similar paragraph\)$/,
      );
      const consultation = new ConsultationStore(db).get("ict-security");
      const read = <T>(name: string, use: (doc: Y.Doc) => T): T => use(docFromStore(documents.load(name)));
      const pkg = readDraftPackage(read, consultation!, consultation!.organisations[0]!, { includeDiscussion: false, asOf: new Date() });
      expect(pkg.detached.length).toBeGreaterThan(0);
      expect(new VersionStore(db).list("report:ict-security")[0]).toMatchObject({ kind: "import", name: "Imported “draft.md”" });
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints every broken limit instead of exporting a package or a coalition ZIP that breaks them", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-cli-"));
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    const documents = new DocumentStore(db);
    const consultations = new ConsultationStore(db);
    seedDemo(consultations, documents);
    seedDemoComments(documents, "ict-security");
    consultations.setLimits("ict-security", { maxCommentCharacters: 200, maxPages: null, asciiOnly: false });
    try {
      const out = path.join(dir, "open-networks.docx");
      const single = runCommand(db, ["export", "--consultation", "ict-security", "--organisation", "open-networks", "--format", "docx", "--out", out]);
      await expect(single).rejects.toThrow(/^Open Networks Alliance's package breaks the consultation's submission limits:\n {2}- Paragraph 38 \(comment c-demo-on-1\): \d+ characters, \d+ over the limit of 200$/);
      await expect(runCommand(db, ["export", "--consultation", "ict-security", "--format", "json", "--out", path.join(dir, "all.zip")])).rejects.toThrow(/Open Networks Alliance: Paragraph 38/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
