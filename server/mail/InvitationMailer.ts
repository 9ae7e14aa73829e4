import type { Transporter } from "nodemailer";
import type { Logger } from "../logger";
import { invitationMessage, type InvitationDetails } from "./invitationMessage";

/** Sends invitation emails; resolves to whether the mail server accepted the message. */
export interface InvitationMailer {
  send(to: string, details: InvitationDetails): Promise<boolean>;
}

/** How long to wait for the mail server before answering the coordinator without an email. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * An SMTP mailer (nodemailer) for invitations. A failure never throws: it is logged without the
 * server address's credentials or the link, and reported as `false`.
 */
export function createInvitationMailer(smtp: { url: string; from: string }, logger: Logger): InvitationMailer {
  // nodemailer loads with the first invitation, not at every server start.
  let transport: Promise<Transporter> | null = null;
  const connect = async () => (await import("nodemailer")).default.createTransport({ url: smtp.url, ...TIMEOUTS });
  return {
    async send(to, details) {
      try {
        transport ??= connect();
        await (await transport).sendMail({ from: smtp.from, to, ...invitationMessage(details) });
        return true;
      } catch (error) {
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        logger.warn("mail", "invitation email could not be sent", { code: code ?? null, responseCode: responseCode ?? null, reason: reasonOf(error) });
        return false;
      }
    },
  };
}

/** The error's message with anything that looks like URL credentials blanked out. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\/\/[^/@\s]*@/g, "//***@").slice(0, 300);
}
