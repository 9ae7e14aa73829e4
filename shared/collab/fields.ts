/** The Y.XmlFragment of a report document that holds the report's text. */
export const REPORT_FIELD = "report";

/** The WebSocket path prefix: a client connects to `/collab/<documentName>`. */
export const COLLAB_PATH = "/collab";
