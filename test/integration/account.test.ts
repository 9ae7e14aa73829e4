import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CloseCode } from "../../shared/collab/closeCodes";
import { eventually } from "../helpers/collabClient";
import { SessionList } from "../../shared/api/auth";
import { startServer, type TestServer } from "../helpers/startServer";

/** Signs in with email and password; returns the session cookie. */
async function signIn(server: TestServer, userAgent: string): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": userAgent },
    body: JSON.stringify({ email: server.people.editor.email, password: server.people.editor.password }),
  });
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

const withCookie = (server: TestServer, path: string, cookie: string, method = "GET") => fetch(`${server.url}${path}`, { method, headers: { Cookie: cookie } });

describe("one's own sessions", () => {
  it("lists them with this one marked, and signs out everywhere else but here", async () => {
    const server = await startServer();
    const laptop = await signIn(server, "Laptop browser");
    const phone = await signIn(server, "Phone browser");

    const { sessions } = SessionList.parse(await (await withCookie(server, "/api/me/sessions", laptop)).json());
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current).map((session) => session.userAgent)).toEqual(["Laptop browser"]);

    expect((await withCookie(server, "/api/auth/sign-out-others", laptop, "POST")).status).toBe(204);
    expect((await withCookie(server, "/api/me", laptop)).status).toBe(200);
    expect((await withCookie(server, "/api/me", phone)).status).toBe(401);
    const after = SessionList.parse(await (await withCookie(server, "/api/me/sessions", laptop)).json());
    expect(after.sessions.map((session) => session.userAgent)).toEqual(["Laptop browser"]);
  });

  it("closes the other browsers' document connections and keeps this one's", async () => {
    const server = await startServer();
    const here = await signIn(server, "This browser");
    const elsewhere = await signIn(server, "Another browser");
    const open = (cookie: string) => {
      const socket = new WebSocket(`${server.collabUrl}/report:ict-security`, { headers: { Cookie: cookie } });
      const state = { opened: false, messages: 0, closeCode: null as number | null };
      socket.on("message", () => {
        state.opened = true;
        state.messages += 1;
      });
      socket.on("close", (code) => (state.closeCode = code));
      return { socket, state };
    };
    const mine = open(here);
    const theirs = open(elsewhere);
    await eventually(() => mine.state.opened && theirs.state.opened, "both connections receive the report");

    expect((await withCookie(server, "/api/auth/sign-out-others", here, "POST")).status).toBe(204);
    await eventually(() => theirs.state.closeCode !== null, "the other browser's connection closes");
    expect(theirs.state.closeCode).toBe(CloseCode.unauthenticated);
    // The server still answers this browser: a query for awareness (message type 3) gets a reply.
    const before = mine.state.messages;
    mine.socket.send(new Uint8Array([3]));
    await eventually(() => mine.state.messages > before, "this browser's connection still answers");
    expect(mine.state.closeCode).toBeNull();
    mine.socket.close();
  });
});
