import { afterEach, describe, expect, it, vi } from "vitest";
import { CreatedInvitation, InvitationList } from "../../shared/api/admin";
import { InvitationPreview } from "../../shared/api/auth";
import { eventually } from "../helpers/collabClient";
import { freePort } from "../helpers/freePort";
import { api, startServer } from "../helpers/startServer";
import { startTestMailServer, unfoldedBody } from "../helpers/testMailServer";

const invite = (server: Awaited<ReturnType<typeof startServer>>, body: unknown) =>
  api(server, "/api/invitations", { as: "coordinator", method: "POST", body: JSON.stringify(body) });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("invitation email over SMTP", () => {
  it("emails the single-use link to the invited address, and the link works once", async () => {
    const mail = await startTestMailServer();
    const server = await startServer({ env: { SMTP_URL: mail.url, SMTP_FROM: "Parley <parley@test.example>" } });
    const response = await invite(server, { email: "new.member@invited.example", organisationId: "open-networks", organisationRole: "member" });
    expect(response.status).toBe(201);
    const created = CreatedInvitation.parse(await response.json());
    expect(created.emailed).toBe(true);
    expect(created.link).toMatch(new RegExp(`^${server.url}/welcome/[A-Za-z0-9_-]+$`));

    await eventually(() => mail.received.length === 1, "the mail server received one message");
    const [message] = mail.received;
    expect(message?.to).toEqual(["new.member@invited.example"]);
    expect(message?.from).toBe("parley@test.example");
    expect(message?.raw).toMatch(/^To: new\.member@invited\.example\r?$/m);
    expect(message?.raw).toMatch(/^Subject: Your invitation to Parley\r?$/m);
    expect(unfoldedBody(message?.raw ?? "")).toContain(created.link);
    expect(unfoldedBody(message?.raw ?? "")).toContain(`href="${created.link}"`);

    const token = created.link.split("/welcome/")[1] ?? "";
    const preview = InvitationPreview.parse(await (await api(server, `/api/invitations/${token}`)).json());
    expect(preview).toMatchObject({ kind: "invitation", email: "new.member@invited.example", organisation: { id: "open-networks", role: "member" } });
    const accept = () =>
      api(server, `/api/invitations/${token}/accept`, { method: "POST", body: JSON.stringify({ name: "New Member", password: "a good long password" }) });
    expect((await accept()).status).toBe(200);
    expect((await accept()).status).toBe(404);
  });

  it("builds the link on PUBLIC_URL when it is set", async () => {
    const mail = await startTestMailServer();
    const server = await startServer({ env: { SMTP_URL: mail.url, SMTP_FROM: "parley@test.example", PUBLIC_URL: "https://parley.test.example/" } });
    const created = CreatedInvitation.parse(await (await invite(server, { email: "reviewer@invited.example", workspaceRole: "reviewer" })).json());
    expect(created.link).toMatch(/^https:\/\/parley\.test\.example\/welcome\/[A-Za-z0-9_-]+$/);
    await eventually(() => mail.received.length === 1, "the mail server received the message");
    expect(unfoldedBody(mail.received[0]?.raw ?? "")).toContain(created.link);
  });

  it("keeps the invitation and answers emailed: false when the mail server cannot be reached, logging no secret", async () => {
    const port = await freePort();
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const server = await startServer({ env: { SMTP_URL: `smtp://parley:hunter2-secret@127.0.0.1:${port}`, SMTP_FROM: "parley@test.example", LOG_LEVEL: "warn" } });
    const response = await invite(server, { email: "unlucky@invited.example", workspaceRole: "editor" });
    expect(response.status).toBe(201);
    const created = CreatedInvitation.parse(await response.json());
    expect(created.emailed).toBe(false);
    expect(created.link).toContain("/welcome/");

    const pending = InvitationList.parse(await (await api(server, "/api/invitations", { as: "coordinator" })).json());
    expect(pending.invitations.map((invitation) => invitation.email)).toContain("unlucky@invited.example");
    const log = written.join("");
    expect(log).toContain("invitation email could not be sent");
    expect(log).not.toContain("hunter2-secret");
    expect(log).not.toContain(created.link.split("/welcome/")[1]);
  });

  it("answers emailed: false without SMTP settings", async () => {
    const server = await startServer();
    const created = CreatedInvitation.parse(await (await invite(server, { email: "someone@invited.example", workspaceRole: "reviewer" })).json());
    expect(created.emailed).toBe(false);
  });
});
