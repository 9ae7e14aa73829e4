/** REST paths, shared by the server's routers, the OpenAPI description and the client. */
export const ApiRoutes = {
  health: "/api/health",
  openApi: "/api/openapi.json",
  consultations: "/api/consultations",
  consultation: "/api/consultations/:id",
  consultationStatus: "/api/consultations/:id/status",
  extension: "/api/consultations/:id/organisations/:organisationId/extension",
  stage: "/api/consultations/:id/organisations/:organisationId/stage",
  submit: "/api/consultations/:id/organisations/:organisationId/submit",
  withdraw: "/api/consultations/:id/organisations/:organisationId/withdraw",
  receipt: "/api/consultations/:id/organisations/:organisationId/submissions/:submissionId/receipt",
  submissionFile: "/api/consultations/:id/organisations/:organisationId/submissions/:submissionId/files/:format",
  commentMatrix: "/api/consultations/:id/comment-matrix",
  sharedComments: "/api/consultations/:id/shared-comments",
  organisationPackage: "/api/consultations/:id/organisations/:organisationId/package",
  exports: "/api/consultations/:id/exports",
  exportJob: "/api/consultations/:id/exports/:jobId",
  exportJobFile: "/api/consultations/:id/exports/:jobId/file",
  reportImportPreview: "/api/consultations/:id/report/import-preview",
  reportImport: "/api/consultations/:id/report/import",
  packageImport: "/api/consultations/:id/organisations/:organisationId/package/import",
  documentParagraphs: "/api/docs/:docName/paragraphs",
  documentDiffComments: "/api/docs/:docName/diff/comments",
  documentDiffExport: "/api/docs/:docName/diff/export",
  submissionDiff: "/api/docs/:docName/comment-diff",
  versions: "/api/docs/:docName/versions",
  version: "/api/docs/:docName/versions/:versionId",
  restoreVersion: "/api/docs/:docName/versions/:versionId/restore",
  documentDiff: "/api/docs/:docName/diff",
  signIn: "/api/auth/sign-in",
  signOut: "/api/auth/sign-out",
  signOutEverywhere: "/api/auth/sign-out-everywhere",
  me: "/api/me",
  myPassword: "/api/me/password",
  mySessions: "/api/me/sessions",
  invitation: "/api/invitations/:token",
  acceptInvitation: "/api/invitations/:token/accept",
  invitations: "/api/invitations",
  invitationById: "/api/invitations/by-id/:id",
  people: "/api/people",
  person: "/api/people/:id",
  organisations: "/api/organisations",
  tokens: "/api/tokens",
  token: "/api/tokens/:id",
  signOutOthers: "/api/auth/sign-out-others",
  audit: "/api/audit",
} as const;

/** The client page a single-use link opens: `/welcome/<token>`. */
export const welcomePath = (token: string) => `/welcome/${token}`;

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
