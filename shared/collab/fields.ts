/** The Y.XmlFragment of a report document that holds the report's text. */
export const REPORT_FIELD = "report";

/** The WebSocket path prefix: a client connects to `/collab/<documentName>`. */
export const COLLAB_PATH = "/collab";

/**
 * The query parameter (`?access=read` or `?access=write`) in which a client says what it believes
 * it may do with the document. When the server's answer differs (a role changed while the client
 * was away), it closes with `CloseCode.accessChanged` before sending anything, so the client asks
 * again and drops what it typed that the server would refuse. Clients that leave it out are
 * admitted at their level as before.
 */
export const EXPECTED_ACCESS_PARAM = "access";
