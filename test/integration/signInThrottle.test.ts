import { describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/startServer";

/** The limits the server is built with (server/app.ts). */
const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 30;

function attempt(server: TestServer, email: string, password: string): Promise<number> {
  return fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

describe("sign-in throttling under concurrency", () => {
  it("evaluates at most the account's limit of 200 guesses sent at once, and the right one among the later ones does not sign in", async () => {
    const server = await startServer();
    const { email, password } = server.people.member;
    const guesses = Array.from({ length: 200 }, (_, index) => (index === 149 ? password : `wrong guess ${index}`));

    const statuses = await Promise.all(guesses.map((guess) => attempt(server, email, guess)));

    const evaluated = statuses.filter((status) => status !== 429);
    expect(evaluated.length).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(statuses[149]).toBe(429);
    expect(statuses.filter((status) => status === 200)).toHaveLength(0);
  });

  it("evaluates at most the address's limit of guesses at many accounts sent at once", async () => {
    const server = await startServer();
    const statuses = await Promise.all(Array.from({ length: 80 }, (_, index) => attempt(server, `someone-${index}@test.example`, "a wrong password")));

    expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(ADDRESS_LIMIT);
  });
});
