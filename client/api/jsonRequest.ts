/** A request with a JSON body: `requestJson(path, Schema, jsonRequest("POST", body))`. */
export function jsonRequest(method: "POST" | "PATCH" | "PUT", body: unknown): RequestInit {
  return { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}
