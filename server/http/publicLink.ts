import type { Request } from "express";
import type { Config } from "../config";

/** True for an address that means "every interface", which no link can point at. */
function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "";
}

/** An IP address as it goes in a URL: IPv4-mapped IPv6 as plain IPv4, other IPv6 in brackets. */
function urlHost(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return plain.includes(":") ? `[${plain}]` : plain;
}

/**
 * An absolute link to a client page (invitations, sign-in links, emails): under `PUBLIC_URL` when
 * set, else on the address the server listens on (`HOST`, or the local address the request came
 * in on) and its port. Never the request's Host header: anyone can forge that, and a link in an
 * invitation email would then send its secret to them.
 */
export function publicLink(config: Pick<Config, "publicUrl" | "host">, request: Request, path: string): string {
  if (config.publicUrl) {
    return `${config.publicUrl}${path}`;
  }
  const host = config.host && !isWildcard(config.host) ? config.host : (request.socket.localAddress ?? "localhost");
  const port = request.socket.localPort;
  return `${request.protocol}://${urlHost(host)}${port ? `:${port}` : ""}${path}`;
}
