import crypto from "node:crypto";

/** A random secret for cookies, links and tokens: 32 bytes, URL-safe. */
export function randomSecret(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** A short random id with a readable prefix: `person-3f9a0c1b2d4e`. */
export function randomId(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(6).toString("hex")}`;
}

/** How secrets are stored: only their SHA-256, so a copy of the database signs nobody in. */
export function hashSecret(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}
