import type { CollabConnection } from "./CollabConnection";

/**
 * A credential that no longer authenticates anybody: the session (by the SHA-256 of its secret)
 * someone signed out of, or the API token revoked. The sync server closes what it opened.
 */
export type RevokedCredential = { sessionId: string } | { tokenId: string };

/** True when `connection` was authenticated by `credential`. */
export function openedBy(connection: CollabConnection, credential: RevokedCredential): boolean {
  if ("sessionId" in credential) {
    return connection.sessionId === credential.sessionId;
  }
  return connection.tokenId === credential.tokenId;
}
