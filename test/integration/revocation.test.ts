import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CreatedToken } from "../../shared/api/admin";
import { CloseCode } from "../../shared/collab/closeCodes";
import { SIGN_IN_LINK_LIFETIME_MS } from "../../server/stores/InvitationStore";
import { eventually } from "../helpers/collabClient";
import { startServer, type TestServer } from "../helpers/startServer";

/** Signs the editor in with their password; returns the session cookie. */
async function signIn(server: TestServer, password = server.people.editor.password): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: server.people.editor.email, password }),
  });
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

function post(server: TestServer, path: string, headers: Record<string, string>, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Opens the report's document socket with the given headers (or `?token=`); resolves once the server has spoken on it. */
async function openReport(server: TestServer, credential: { cookie?: string; token?: string }) {
  const query = credential.token ? `?token=${credential.token}` : "";
  const socket = new WebSocket(`${server.collabUrl}/report:ict-security${query}`, { headers: credential.cookie ? { Cookie: credential.cookie } : {} });
  const state = { opened: false, closeCode: null as number | null, closedAt: 0 };
  socket.on("message", () => (state.opened = true));
  socket.on("close", (code) => {
    state.closeCode = code;
    state.closedAt = Date.now();
  });
  await eventually(() => state.opened, "the connection receives the report");
  return state;
}

/** Runs `revoke` and checks the socket closes as signed out within a second of its answer. */
async function expectClosedWithinASecond(state: { closeCode: number | null; closedAt: number }, revoke: () => Promise<Response>): Promise<void> {
  const response = await revoke();
  expect(response.status).toBeLessThan(300);
  const answeredAt = Date.now();
  await eventually(() => state.closeCode !== null, "the connection closes", 1_000);
  expect(state.closeCode).toBe(CloseCode.unauthenticated);
  expect(state.closedAt - answeredAt).toBeLessThan(1_000);
}

describe("revoking a credential cuts the connections it opened", () => {
  it("revoking an API token closes the socket it authenticated, and only that one", async () => {
    const server = await startServer();
    const coordinator = server.people.coordinator;
    const created = await post(server, "/api/tokens", { Authorization: `Bearer ${coordinator.token}` }, { name: "script" });
    const { token, summary } = CreatedToken.parse(await created.json());
    const byToken = await openReport(server, { token });
    const byOtherToken = await openReport(server, { token: coordinator.token });

    await expectClosedWithinASecond(byToken, () => fetch(`${server.url}/api/tokens/${summary.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${coordinator.token}` } }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(byOtherToken.closeCode).toBeNull();
  });

  it("signing out closes that session's socket", async () => {
    const server = await startServer();
    const cookie = await signIn(server);
    const other = await signIn(server);
    const socket = await openReport(server, { cookie });
    const otherSocket = await openReport(server, { cookie: other });

    await expectClosedWithinASecond(socket, () => post(server, "/api/auth/sign-out", { Cookie: cookie }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(otherSocket.closeCode).toBeNull();
  });

  it("changing the password closes the other sessions' sockets and ends those sessions", async () => {
    const server = await startServer();
    const here = await signIn(server);
    const elsewhere = await signIn(server);
    const socket = await openReport(server, { cookie: elsewhere });

    await expectClosedWithinASecond(socket, () =>
      post(server, "/api/me/password", { Cookie: here }, { currentPassword: server.people.editor.password, newPassword: "a brand new passphrase" }),
    );
    expect((await fetch(`${server.url}/api/me`, { headers: { Cookie: elsewhere } })).status).toBe(401);
    expect((await fetch(`${server.url}/api/me`, { headers: { Cookie: here } })).status).toBe(200);
  });

  it("a password reset through a sign-in link signs out everywhere", async () => {
    const server = await startServer();
    const old = await signIn(server);
    const socket = await openReport(server, { cookie: old });
    const editor = server.people.editor;
    const { token } = server.parley.deps.invitations.create(
      { email: editor.email, workspaceRole: null, organisationId: null, organisationRole: null, personId: editor.id, invitedBy: null },
      SIGN_IN_LINK_LIFETIME_MS,
    );
    const acceptPath = `/api/invitations/${token}/accept`;

    await expectClosedWithinASecond(socket, () => post(server, acceptPath, {}, { name: "Test editor", password: "a reset passphrase here" }));
    expect((await fetch(`${server.url}/api/me`, { headers: { Cookie: old } })).status).toBe(401);
  });
});
