/** REST paths, shared by the server's routers, the OpenAPI description and the client. */
export const ApiRoutes = {
  health: "/api/health",
  openApi: "/api/openapi.json",
  consultations: "/api/consultations",
  consultation: "/api/consultations/:id",
  documentParagraphs: "/api/docs/:docName/paragraphs",
} as const;

/** Fills a route's `:name` parameters, URL-encoded: `apiPath(ApiRoutes.consultation, { id })`. */
export function apiPath(route: string, params: Record<string, string>): string {
  return route.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`Missing route parameter ${name} for ${route}`);
    }
    return encodeURIComponent(value);
  });
}
