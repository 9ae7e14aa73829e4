import type { IncomingMessage } from "node:http";
import type { Viewer } from "../../shared/permissions";
import type { PeopleStore } from "../stores/PeopleStore";
import type { SessionStore } from "../stores/SessionStore";
import { tokenIdOf, type TokenStore } from "../stores/TokenStore";

/** The session cookie: HTTP-only, SameSite=Lax, holding a random secret. */
export const SESSION_COOKIE = "parley_session";

/** Who a request comes from, and how they proved it. */
export interface Authentication {
  viewer: Viewer;
  via: "session" | "token";
  /** The session cookie's secret, to end this session on sign-out. */
  sessionSecret: string | null;
  /** The API token's id, to close what it opened when it is revoked. */
  tokenId: string | null;
}

export interface AuthenticateDeps {
  people: PeopleStore;
  sessions: SessionStore;
  tokens: TokenStore;
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) {
      return decodeURIComponent(value.join("="));
    }
  }
  return null;
}

function bearerToken(request: IncomingMessage, allowQueryToken: boolean): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) {
    return header.slice("Bearer ".length).trim();
  }
  if (allowQueryToken) {
    return new URL(request.url ?? "/", "http://localhost").searchParams.get("token");
  }
  return null;
}

/**
 * Authenticates a request by its session cookie or an API token (`Authorization: Bearer`, and
 * for WebSocket scripts also `?token=`). Removed people and ended sessions authenticate nobody.
 */
export function authenticate(request: IncomingMessage, deps: AuthenticateDeps, allowQueryToken = false): Authentication | null {
  const token = bearerToken(request, allowQueryToken);
  if (token) {
    const personId = deps.tokens.personFor(token);
    const viewer = personId ? deps.people.viewer(personId) : null;
    return viewer ? { viewer, via: "token", sessionSecret: null, tokenId: tokenIdOf(token) } : null;
  }
  const secret = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (secret) {
    const personId = deps.sessions.personFor(secret);
    const viewer = personId ? deps.people.viewer(personId) : null;
    return viewer ? { viewer, via: "session", sessionSecret: secret, tokenId: null } : null;
  }
  return null;
}

/** True when a browser request's Origin is this server's own (or the request names none). */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) {
    return true;
  }
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
