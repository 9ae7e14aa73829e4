import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { onTestFinished } from "vitest";

/** One message as the test mail server received it. */
export interface ReceivedMail {
  /** Envelope sender and recipients. */
  from: string;
  to: string[];
  /** The raw message, headers and body. */
  raw: string;
}

export interface TestMailServer {
  port: number;
  /** What arrived so far. */
  received: ReceivedMail[];
  /** An `SMTP_URL` with the credentials it accepts. */
  url: string;
}

const USER = "parley";
const PASSWORD = "mail-secret-9731";

/** A real SMTP server on 127.0.0.1 and an ephemeral port, requiring a login; closed when the test finishes. */
export async function startTestMailServer(): Promise<TestMailServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no TLS certificates to trust, login still required.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) {
        callback(null, { user: USER });
        return;
      }
      callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push({ from, to: session.envelope.rcptTo.map((recipient) => recipient.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}` };
}

/** A message body with quoted-printable soft line breaks joined, so long links read in one piece. */
export function unfoldedBody(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
}
