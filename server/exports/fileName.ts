import type { SubmissionPackage } from "../../shared/submission/submissionPackage";

/** Keeps letters, digits, dots, dashes and underscores of ASCII; anything else becomes a dash. */
function asciiSafe(part: string): string {
  const safe = part
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return safe.slice(0, 80) || "export";
}

/** `<consultation>-<organisation>-<state>.<ext>`, safe on every file system. */
export function packageFileName(pkg: SubmissionPackage, extension: string): string {
  return `${asciiSafe(pkg.consultation.id)}-${asciiSafe(pkg.organisation.id)}-${pkg.state}.${extension}`;
}

/** The coalition ZIP's name: `<consultation>-coalition-<state>.zip`. */
export function coalitionFileName(consultationId: string, state: SubmissionPackage["state"]): string {
  return `${asciiSafe(consultationId)}-coalition-${state}.zip`;
}

/** A `Content-Disposition: attachment` header with an ASCII name and the RFC 5987 `filename*` form. */
export function contentDisposition(fileName: string): string {
  const ascii = asciiSafe(fileName.replace(/\.([A-Za-z0-9]+)$/, "")) + (/\.([A-Za-z0-9]+)$/.exec(fileName)?.[0] ?? "");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
