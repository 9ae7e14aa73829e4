/** A recorded change: `{ from, to }` and nothing else. */
function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return isRecord(value) && Object.keys(value).length === 2 && "from" in value && "to" in value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A deadline as recorded: "2031-04-03 23:59 America/New_York". */
function isDeadline(value: unknown): value is { local: string; timeZone: string } {
  return isRecord(value) && typeof value.local === "string" && typeof value.timeZone === "string";
}

/** One value in words: text as it is, lists joined, deadlines as stated, nothing as a dash. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "—";
  }
  if (Array.isArray(value)) {
    return value.length > 0 ? value.map(describeValue).join(", ") : "—";
  }
  if (isDeadline(value)) {
    return `${value.local.replace("T", " ")} ${value.timeZone}`;
  }
  if (isChange(value)) {
    return describeChange(value.from, value.to);
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([name, inner]) => `${name}: ${describeValue(inner)}`)
      .join(", ");
  }
  return String(value);
}

/** "editor → reviewer"; of two settings objects, only what changed: "maxPages: 10 → 12". */
function describeChange(from: unknown, to: unknown): string {
  if (isRecord(from) && isRecord(to) && !isDeadline(from) && !isDeadline(to)) {
    const changed = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((name) => JSON.stringify(from[name]) !== JSON.stringify(to[name]));
    return changed.map((name) => `${name}: ${describeValue(from[name])} → ${describeValue(to[name])}`).join("; ");
  }
  return `${describeValue(from)} → ${describeValue(to)}`;
}

/**
 * An audit event's details for people: changes as before → after ("workspaceRole: editor →
 * reviewer"), the rest as `name: value`, never raw JSON.
 */
export function describeAuditDetails(details: Record<string, unknown>): string {
  const { from, to, ...rest } = details;
  const parts = "from" in details && "to" in details ? [describeChange(from, to)] : [];
  for (const [name, value] of Object.entries("from" in details && "to" in details ? rest : details)) {
    if (value !== null && value !== undefined) {
      parts.push(`${name}: ${describeValue(value)}`);
    }
  }
  return parts.join("; ");
}
