import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab/closeCodes";
import { EXPECTED_ACCESS_PARAM } from "../../shared/collab/fields";
import { reportJson } from "../../server/collab/reportJson";
import { appendParagraph, connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";
import type { TestRole } from "../helpers/testPeople";

type Caller = TestRole | "anonymous" | "revoked";
const CALLERS: Caller[] = ["anonymous", "revoked", "otherMember", "member", "lead", "editor", "reviewer", "coordinator"];
const SIGNED_IN: Caller[] = ["otherMember", "member", "lead", "editor", "reviewer", "coordinator"];

const REPORT = "report:ict-security";
const SUBMISSION = "submission:ict-security:open-networks";
const ONE_ORGANISATION = "/api/consultations/ict-security/organisations/open-networks";

/** Expected status per caller; callers not listed get `others`. */
function expect_(allowed: number, who: Caller[], others = 403): Record<Caller, number> {
  return Object.fromEntries(
    CALLERS.map((caller) => [caller, who.includes(caller) ? allowed : caller === "anonymous" || caller === "revoked" ? 401 : others]),
  ) as Record<Caller, number>;
}

interface RouteCase {
  method: string;
  path: string;
  body?: (caller: Caller) => unknown;
  /** A file sent as the raw body instead of JSON. */
  upload?: { contentType: string; data: string };
  expected: Record<Caller, number>;
}

/** A JSON package of the test consultation with nothing in it: importing it changes no comment. */
const EMPTY_PACKAGE = {
  format: "parley.submission-package",
  version: 1,
  consultation: { id: "ict-security", title: "Consultation", deadline: { local: "2099-01-01T12:00", timeZone: "UTC", utc: "2099-01-01T12:00:00.000Z" } },
  organisation: { id: "open-networks", name: "Open Networks" },
  state: "draft",
  asOf: "2027-01-01T00:00:00.000Z",
  generalRemarks: "",
  coverNote: "",
  sections: [],
  detached: [],
};

const ROUTES: RouteCase[] = [
  { method: "GET", path: "/api/health", expected: Object.fromEntries(CALLERS.map((caller) => [caller, 200])) as Record<Caller, number> },
  { method: "GET", path: "/api/me", expected: expect_(200, SIGNED_IN) },
  { method: "GET", path: "/api/consultations", expected: expect_(200, SIGNED_IN) },
  { method: "GET", path: "/api/consultations/ict-security", expected: expect_(200, SIGNED_IN) },
  { method: "GET", path: `/api/docs/${REPORT}/paragraphs`, expected: expect_(200, SIGNED_IN) },
  { method: "GET", path: "/api/consultations/ict-security/status", expected: expect_(200, SIGNED_IN) },
  { method: "PATCH", path: "/api/consultations/ict-security", body: () => ({ description: "Changed by the matrix test." }), expected: expect_(200, ["coordinator"]) },
  { method: "PUT", path: `${ONE_ORGANISATION}/extension`, body: () => ({ deadline: { local: "2099-01-01T12:00", timeZone: "UTC" } }), expected: expect_(200, ["coordinator"]) },
  { method: "DELETE", path: `${ONE_ORGANISATION}/extension`, expected: expect_(200, ["coordinator"]) },
  { method: "PUT", path: `${ONE_ORGANISATION}/stage`, body: () => ({ stage: "ready_for_review" }), expected: expect_(200, ["member", "lead"]) },
  // The lead's submit makes submission 1, which the lines after it withdraw and read.
  { method: "POST", path: `${ONE_ORGANISATION}/submit`, expected: expect_(201, ["lead"]) },
  { method: "GET", path: `${ONE_ORGANISATION}/submissions/1/receipt`, expected: expect_(200, ["member", "lead", "reviewer", "coordinator"]) },
  { method: "GET", path: `${ONE_ORGANISATION}/submissions/1/files/json`, expected: expect_(200, ["member", "lead", "reviewer", "coordinator"]) },
  { method: "POST", path: `${ONE_ORGANISATION}/withdraw`, expected: expect_(200, ["lead"]) },
  { method: "GET", path: "/api/consultations/ict-security/comment-matrix", expected: expect_(200, ["coordinator"]) },
  { method: "GET", path: "/api/consultations/ict-security/shared-comments", expected: expect_(200, ["otherMember", "member", "lead", "coordinator"]) },
  { method: "GET", path: `/api/docs/${REPORT}/versions`, expected: expect_(200, SIGNED_IN) },
  { method: "POST", path: `/api/docs/${REPORT}/versions`, body: (caller) => ({ name: `Saved by ${caller}` }), expected: expect_(201, ["editor", "coordinator"]) },
  { method: "GET", path: `/api/docs/${REPORT}/versions/1`, expected: expect_(200, SIGNED_IN) },
  { method: "POST", path: `/api/docs/${REPORT}/versions/2/restore`, expected: expect_(200, ["editor", "coordinator"]) },
  { method: "GET", path: `/api/docs/${REPORT}/diff?from=1&to=2`, expected: expect_(200, SIGNED_IN) },
  { method: "GET", path: `/api/docs/${SUBMISSION}/versions`, expected: expect_(200, ["member", "lead", "coordinator"]) },
  // Versions 1 and 2 are the demo report's; the lead's submit above saved version 3 of the submission.
  { method: "GET", path: `/api/docs/${SUBMISSION}/comment-diff?from=3&to=current`, expected: expect_(200, ["member", "lead", "coordinator"]) },
  { method: "GET", path: `/api/docs/${REPORT}/diff/comments?from=1&to=2`, expected: expect_(200, ["otherMember", "member", "lead", "coordinator"]) },
  { method: "GET", path: `/api/docs/${REPORT}/diff/comments?from=1&to=2&organisation=digital-rights`, expected: expect_(200, ["otherMember", "coordinator"]) },
  { method: "GET", path: `/api/docs/${REPORT}/diff/export?from=1&to=2&format=docx`, expected: expect_(200, SIGNED_IN) },
  { method: "GET", path: "/api/organisations", expected: expect_(200, SIGNED_IN) },
  { method: "POST", path: "/api/organisations", body: (caller) => ({ id: `org-${caller.toLowerCase()}`, name: "New" }), expected: expect_(201, ["coordinator"]) },
  { method: "GET", path: "/api/people", expected: expect_(200, ["coordinator"]) },
  { method: "GET", path: "/api/invitations", expected: expect_(200, ["coordinator"]) },
  { method: "POST", path: "/api/invitations", body: (caller) => ({ email: `${caller}@invited.example`, workspaceRole: "reviewer" }), expected: expect_(201, ["coordinator"]) },
  { method: "GET", path: "/api/tokens", expected: expect_(200, ["coordinator"]) },
  { method: "POST", path: "/api/tokens", body: () => ({ name: "script" }), expected: expect_(201, ["coordinator"]) },
  { method: "GET", path: "/api/audit", expected: expect_(200, ["coordinator"]) },
  { method: "GET", path: "/api/consultations/ict-security/organisations/open-networks/package?format=json", expected: expect_(200, ["member", "lead", "coordinator"]) },
  { method: "GET", path: "/api/consultations/ict-security/organisations/digital-rights/package?format=csv", expected: expect_(200, ["otherMember", "coordinator"]) },
  { method: "POST", path: "/api/consultations/ict-security/exports", body: () => ({ formats: ["json"] }), expected: expect_(202, ["coordinator"]) },
  { method: "GET", path: "/api/consultations/ict-security/exports/no-such-job", expected: expect_(404, ["coordinator"]) },
  { method: "GET", path: "/api/consultations/ict-security/exports/no-such-job/file", expected: expect_(404, ["coordinator"]) },
  { method: "DELETE", path: "/api/consultations/ict-security/exports/no-such-job", expected: expect_(404, ["coordinator"]) },
  { method: "POST", path: "/api/consultations/ict-security/report/import-preview?fileName=draft.txt", upload: { contentType: "text/plain", data: "A. Introduction\n\n1. The text." }, expected: expect_(200, ["coordinator"]) },
  { method: "POST", path: "/api/consultations/ict-security/report/import?fileName=draft.txt", upload: { contentType: "text/plain", data: "A. Introduction\n\n1. The text." }, expected: expect_(200, ["coordinator"]) },
  { method: "POST", path: `${ONE_ORGANISATION}/package/import`, body: () => EMPTY_PACKAGE, expected: expect_(200, ["lead", "coordinator"]) },
  { method: "POST", path: "/api/auth/sign-out-everywhere", expected: expect_(204, SIGNED_IN) },
  { method: "POST", path: "/api/auth/sign-out-others", expected: expect_(204, SIGNED_IN) },
];

/** Adds a removed person with a live-looking token. */
function addRevoked(server: TestServer): string {
  const { people, tokens } = server.parley.deps;
  const person = people.create({ email: "revoked@test.example", name: "Removed", workspaceRole: "editor", passwordHash: null });
  people.setMembership(person.id, "open-networks", "member");
  const { token } = tokens.create(person.id, "old");
  people.revoke(person.id);
  return token;
}

function tokenOf(server: TestServer, revokedToken: string, caller: Caller): string | null {
  if (caller === "anonymous") {
    return null;
  }
  return caller === "revoked" ? revokedToken : server.people[caller].token;
}

/** Opens a raw socket and resolves with the close code, or "open" once the server's first message arrives. */
function probe(server: TestServer, document: string, token: string | null): Promise<number | "open"> {
  const query = token ? `?token=${token}` : "";
  return new Promise((resolve) => {
    const socket = new WebSocket(`${server.collabUrl}/${document}${query}`);
    socket.on("message", () => {
      socket.close();
      resolve("open");
    });
    socket.on("close", (code) => resolve(code));
  });
}

describe("authorisation matrix", () => {
  it("answers every REST route for every role as the permission table says", async () => {
    const server = await startServer();
    const revokedToken = addRevoked(server);
    const mismatches: string[] = [];
    // Sign-out-everywhere ends sessions only; API tokens keep working, so order does not matter.
    for (const route of ROUTES) {
      for (const caller of CALLERS) {
        const token = tokenOf(server, revokedToken, caller);
        const body = route.body?.(caller);
        const contentType = route.upload?.contentType ?? (body ? "application/json" : null);
        const response = await fetch(`${server.url}${route.path}`, {
          method: route.method,
          headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(contentType ? { "Content-Type": contentType } : {}) },
          body: route.upload?.data ?? (body ? JSON.stringify(body) : undefined),
        });
        if (response.status !== route.expected[caller]) {
          mismatches.push(`${route.method} ${route.path} as ${caller}: ${response.status}, expected ${route.expected[caller]}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    [REPORT, { anonymous: 4401, revoked: 4401, otherMember: "read", member: "read", lead: "read", editor: "write", reviewer: "read", coordinator: "write" }],
    [SUBMISSION, { anonymous: 4401, revoked: 4401, otherMember: 4403, member: "write", lead: "write", editor: 4403, reviewer: 4403, coordinator: "read" }],
  ] as const)("admits %s only as the permission table says", async (document, expected) => {
    const server = await startServer();
    const revokedToken = addRevoked(server);
    const writer = document === REPORT ? server.people.editor : server.people.member;
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      const token = tokenOf(server, revokedToken, caller);
      const outcome = await probe(server, document, token);
      const want = expected[caller];
      if (typeof want === "number") {
        if (outcome !== want) {
          mismatches.push(`${caller}: ${outcome}, expected close ${want}`);
        }
        continue;
      }
      // Admitted: an edit from a reader must never reach the store; a writer's must.
      const client = connectClient(server.collabUrl, document, token ?? "");
      const control = connectClient(server.collabUrl, document, writer.token);
      await Promise.all([synced(client.provider), synced(control.provider)]);
      client.doc.getMap("probe").set(caller, "edited");
      control.doc.getMap("probe").set(`control-${caller}`, "edited");
      await eventually(
        () => server.parley.deps.collab.rooms.read(document, (doc) => doc.getMap("probe").has(`control-${caller}`)),
        "the writer's edit is stored",
      );
      const stored = server.parley.deps.collab.rooms.read(document, (doc) => doc.getMap("probe").has(caller));
      if (stored !== (want === "write")) {
        mismatches.push(`${caller}: edit ${stored ? "stored" : "dropped"}, expected ${want}`);
      }
      client.provider.destroy();
      control.provider.destroy();
    }
    expect(mismatches).toEqual([]);
  });
});

describe("access rules in action", () => {
  it("never sends a byte of organisation B's submission to a member of organisation A", async () => {
    const server = await startServer();
    const ownerOfB = connectClient(server.collabUrl, "submission:ict-security:digital-rights", server.people.otherMember.token);
    await synced(ownerOfB.provider);
    ownerOfB.doc.getMap("submission").set("coverNote", "Confidential draft of B");
    await eventually(() => server.parley.deps.documents.logLength("submission:ict-security:digital-rights") > 0, "stored");

    const received: Buffer[] = [];
    const closeCode = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${server.collabUrl}/submission:ict-security:digital-rights?token=${server.people.member.token}`);
      socket.on("message", (data: Buffer) => received.push(data));
      socket.on("close", (code) => resolve(code));
    });
    expect(closeCode).toBe(CloseCode.forbidden);
    expect(received).toEqual([]);
  });

  it("keeps a read-only client's edits away from the store and from other clients", async () => {
    const server = await startServer();
    const reviewer = connectClient(server.collabUrl, REPORT, server.people.reviewer.token);
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await Promise.all([synced(reviewer.provider), synced(editor.provider)]);
    appendParagraph(reviewer.report, "reviewer-edit", "A reviewer tries to write.");
    appendParagraph(editor.report, "editor-edit", "The editor writes.");
    await eventually(() => reportText(reviewer.report).includes("The editor writes."), "the reviewer still receives edits");
    const stored = server.parley.deps.collab.rooms.read(REPORT, (doc) => JSON.stringify(reportJson(doc)));
    expect(stored).toContain("The editor writes.");
    expect(stored).not.toContain("A reviewer tries to write.");
    expect(reportText(editor.report)).not.toContain("A reviewer tries to write.");
  });

  it("disconnects a removed member at once, and makes a demoted editor read-only", async () => {
    const server = await startServer();
    const member = connectClient(server.collabUrl, SUBMISSION, server.people.member.token);
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await Promise.all([synced(member.provider), synced(editor.provider)]);
    const closes: number[] = [];
    member.provider.on("connection-close", (event) => event && closes.push(event.code));

    const removed = await api(server, `/api/people/${server.people.member.id}`, { as: "coordinator", method: "DELETE" });
    expect(removed.status).toBe(204);
    await eventually(() => closes.length > 0, "the removed member is disconnected");
    expect(closes[0]).toBe(CloseCode.unauthenticated);

    const editorCloses: number[] = [];
    editor.provider.on("connection-close", (event) => event && editorCloses.push(event.code));
    const demoted = await api(server, `/api/people/${server.people.editor.id}`, {
      as: "coordinator",
      method: "PATCH",
      body: JSON.stringify({ workspaceRole: "reviewer" }),
    });
    expect(demoted.status).toBe(200);
    appendParagraph(editor.report, "after-demotion", "Written after losing the editor role.");
    const watcher = connectClient(server.collabUrl, REPORT, server.people.coordinator.token, new Y.Doc());
    await synced(watcher.provider);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reportText(watcher.report)).not.toContain("Written after losing the editor role.");
    // The demoted editor's connection is told by a close only the server can send, and is told again when the role comes back.
    expect(editorCloses).toEqual([CloseCode.accessChanged]);
    await synced(editor.provider);
    const restored = await api(server, `/api/people/${server.people.editor.id}`, { as: "coordinator", method: "PATCH", body: JSON.stringify({ workspaceRole: "editor" }) });
    expect(restored.status).toBe(200);
    await eventually(() => editorCloses.length === 2, "the editor is told that writing is allowed again");
    expect(editorCloses[1]).toBe(CloseCode.accessChanged);
  });

  it("closes with accessChanged, before sending anything, a client that expects to write what it may only read, and the other way round", async () => {
    const server = await startServer();
    const open = (role: TestRole, access: string) =>
      new Promise<{ code: number; received: number }>((resolve) => {
        let received = 0;
        const socket = new WebSocket(`${server.collabUrl}/${REPORT}?token=${server.people[role].token}&${EXPECTED_ACCESS_PARAM}=${access}`);
        socket.on("message", () => {
          received += 1;
          socket.close(1000);
        });
        socket.on("close", (code) => resolve({ code, received }));
      });
    expect(await open("reviewer", "write")).toEqual({ code: CloseCode.accessChanged, received: 0 });
    expect(await open("editor", "read")).toEqual({ code: CloseCode.accessChanged, received: 0 });
    expect((await open("reviewer", "read")).code).toBe(1000);
    expect((await open("editor", "write")).code).toBe(1000);
  });

  it("throttles repeated failed sign-ins for an account, without saying whether it exists", async () => {
    const server = await startServer();
    const attempt = (email: string, password: string) =>
      fetch(`${server.url}/api/auth/sign-in`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) });
    const unknown = await (await attempt("nobody@test.example", "whatever-password")).json();
    const wrong = await (await attempt(server.people.member.email, "whatever-password")).json();
    expect(unknown).toEqual(wrong);

    for (let index = 0; index < 4; index += 1) {
      expect((await attempt(server.people.member.email, "still wrong")).status).toBe(401);
    }
    const blocked = await attempt(server.people.member.email, server.people.member.password);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await attempt(server.people.editor.email, server.people.editor.password)).status).toBe(200);
  });

  it("refuses state-changing requests from another site", async () => {
    const server = await startServer();
    const response = await api(server, "/api/tokens", {
      as: "coordinator",
      method: "POST",
      body: JSON.stringify({ name: "x" }),
      headers: { Origin: "https://elsewhere.example" },
    });
    expect(response.status).toBe(403);
  });

  it("serves pages with a Content Security Policy that allows only this origin", async () => {
    const server = await startServer();
    const response = await fetch(`${server.url}/api/health`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`ws://${new URL(server.url).host}`);
  });
});
