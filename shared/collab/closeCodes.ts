/**
 * WebSocket close codes the sync server uses. 4xxx codes mirror HTTP statuses so a client can
 * tell "stop retrying" (4400, 4401, 4403, 4404) from a passing fault. Stock y-websocket clients
 * (3.x) stop retrying after any code from 4400 to 4499 and reconnect after every other one.
 */
export const CloseCode = {
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
  /** A message was larger than the server accepts (set by `ws` itself). */
  messageTooLarge: 1009,
  /** The server failed while handling the document; it was reloaded from the store. */
  internalError: 1011,
  /** The document name is not `report:<id>` or `submission:<id>:<id>`. */
  invalidDocumentName: 4400,
  /** No valid session or token came with the connection. */
  unauthenticated: 4401,
  /**
   * The person's access changed between reading and writing (a role was taken away or given
   * back): reconnect, and be admitted at the new level. Like HTTP 205 Reset Content, it tells the
   * client to reset its view: edits it made that the server has not stored were refused and must
   * be thrown away, together with any local copy holding them. Outside 4400-4499, so stock clients
   * reconnect on their own. Only the server can close a socket, so no other client can fake it.
   */
  accessChanged: 4205,
  /** The person may not open this document. */
  forbidden: 4403,
  /** The consultation or organisation the name points at does not exist. */
  documentNotFound: 4404,
  /**
   * The client did not read what the server sent it within the server's patience (see "Limits
   * under load" in docs/ARCHITECTURE.md): a stalled network or a client that stopped reading.
   * A passing fault: reconnecting is right.
   */
  tooSlow: 4408,
  /** A presence (awareness) state was larger than the server accepts. */
  presenceTooLarge: 4413,
  /** A message could not be decoded, or was of an unknown type. */
  malformedMessage: 4422,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client should not reconnect on its own. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.invalidDocumentName,
  CloseCode.unauthenticated,
  CloseCode.forbidden,
  CloseCode.documentNotFound,
  CloseCode.presenceTooLarge,
  CloseCode.malformedMessage,
]);
