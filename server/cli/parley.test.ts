import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords";
import { openDatabase } from "../db/openDatabase";
import { PeopleStore } from "../stores/PeopleStore";
import { TokenStore } from "../stores/TokenStore";
import { runCommand, UsageError } from "./parley";

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
  ])("refuses %j with a usage error", async (argv) => {
    const db = openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" });
    await expect(runCommand(db, argv)).rejects.toBeInstanceOf(UsageError);
    db.close();
  });
});
