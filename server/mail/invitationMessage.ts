import type { OrganisationRole, WorkspaceRole } from "../../shared/permissions";

/** What an invitation email says. */
export interface InvitationDetails {
  /** The single-use link. */
  link: string;
  /** Who sent it, by name. */
  inviterName: string;
  workspaceRole: WorkspaceRole | null;
  organisation: { name: string; role: OrganisationRole } | null;
  /** ISO 8601; shown in UTC, since the reader's zone is unknown. */
  expiresAt: string;
}

/** A composed email: subject, plain text and HTML. */
export interface MessageParts {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function grants({ workspaceRole, organisation }: InvitationDetails): string {
  const parts: string[] = [];
  if (workspaceRole) {
    parts.push(`as ${workspaceRole}`);
  }
  if (organisation) {
    parts.push(`as ${organisation.role} of ${organisation.name}`);
  }
  return parts.join(" and ");
}

function expiry(expiresAt: string): string {
  return `${new Date(expiresAt).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The invitation email in English, as plain text and simple HTML; every value is escaped in the HTML. */
export function invitationMessage(details: InvitationDetails): MessageParts {
  const what = grants(details);
  const subject = "Your invitation to Parley";
  const text = [
    `${details.inviterName} has invited you to Parley ${what}.`,
    "",
    `Open this link to choose your name and password. It works once, until ${expiry(details.expiresAt)}:`,
    details.link,
    "",
    "If you did not expect this invitation, you can ignore this email.",
  ].join("\n");
  const html = [
    "<!doctype html>",
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(details.inviterName)} has invited you to Parley ${escapeHtml(what)}.</p>`,
    `<p>Open this link to choose your name and password. It works once, until ${escapeHtml(expiry(details.expiresAt))}:</p>`,
    `<p><a href="${escapeHtml(details.link)}">${escapeHtml(details.link)}</a></p>`,
    "<p>If you did not expect this invitation, you can ignore this email.</p>",
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
