/** What part of the server a log line is about. */
export type LogCategory = "http" | "collab" | "db" | "export" | "server" | "mail";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
type Fields = Record<string, unknown>;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(category: LogCategory, message: string, fields?: Fields): void;
  info(category: LogCategory, message: string, fields?: Fields): void;
  warn(category: LogCategory, message: string, fields?: Fields): void;
  error(category: LogCategory, message: string, fields?: Fields): void;
}

/** The one logger: JSON lines when `json`, readable lines otherwise, nothing below `level`. */
export function createLogger(level: LogLevel, json: boolean): Logger {
  const write = (lineLevel: Exclude<LogLevel, "silent">) => (category: LogCategory, message: string, fields: Fields = {}) => {
    if (ORDER[lineLevel] < ORDER[level]) {
      return;
    }
    const stream = ORDER[lineLevel] >= ORDER.warn ? process.stderr : process.stdout;
    if (json) {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: lineLevel, category, message, ...fields })}\n`);
      return;
    }
    const details = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
    stream.write(`${lineLevel.padEnd(5)} [${category}] ${message}${details}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
