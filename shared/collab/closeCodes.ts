/**
 * WebSocket close codes the sync server uses. 4xxx codes mirror HTTP statuses so a client can
 * tell "stop retrying" (4400, 4401, 4403, 4404) from a passing fault.
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
