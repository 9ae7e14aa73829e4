import { z } from "zod";
import {
  AuditList,
  AuditQuery,
  CreatedInvitation,
  CreatedToken,
  CreateInvitationBody,
  CreateOrganisationBody,
  CreateTokenBody,
  IdParams,
  InvitationList,
  OrganisationList,
  PersonList,
  TokenList,
  UpdatePersonBody,
} from "../shared/api/admin";
import { AcceptInvitationBody, ChangePasswordBody, InvitationPreview, Me, SessionList, SignInBody, TokenParams, UpdateMeBody } from "../shared/api/auth";
import { CommentMatrix, SharedCommentList } from "../shared/api/comments";
import {
  ConsultationStatus,
  ExtensionBody,
  OrganisationParams,
  OrganisationStatus,
  Receipt,
  StageBody,
  SubmissionFileParams,
  SubmitBody,
  UpdateConsultationBody,
} from "../shared/api/submissions";
import { Consultation, ConsultationList, ConsultationParams } from "../shared/api/consultations";
import { DocumentParagraphs, DocumentParams } from "../shared/api/documents";
import { DiffComments, DiffCommentsQuery, DiffExportQuery, SubmissionVersionDiff } from "../shared/api/diffs";
import { ErrorBody } from "../shared/api/errors";
import {
  CreateExportBody,
  ExportJob,
  ExportJobParams,
  ReportImportPreview,
  ImportQuery,
  ImportResult,
  OrganisationPackageParams,
  PackageImportResult,
  PackageQuery,
} from "../shared/api/exports";
import { SubmissionPackage } from "../shared/submission/submissionPackage";
import { DiffQuery, RestoredVersion, SaveVersionBody, Version, VersionContent, VersionDiff, VersionList, VersionParams } from "../shared/api/versions";
import { Health } from "../shared/api/health";
import { ApiRoutes } from "../shared/api/routes";

interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  route: string;
  summary: string;
  /** Who may call it, as the route declares with `allow(...)`. */
  access: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success answer; null for 204 No Content, or a file's media types for downloads. */
  response: z.ZodType | null | { file: string[] };
  /** The request body is a file sent as is (its media types), not JSON. */
  upload?: string[];
  status?: number;
}

const IMPORT_TYPES = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/markdown", "text/html", "text/plain"];

/** Every REST operation, described from the same zod schemas the server validates with. */
const OPERATIONS: Operation[] = [
  { method: "get", route: ApiRoutes.health, summary: "Server health", access: "public", response: Health },
  { method: "post", route: ApiRoutes.signIn, summary: "Sign in; sets the session cookie", access: "public", body: SignInBody, response: Me },
  { method: "post", route: ApiRoutes.signOut, summary: "End this session", access: "public", response: null },
  { method: "post", route: ApiRoutes.signOutEverywhere, summary: "End every session of the caller", access: "signedIn", response: null },
  { method: "post", route: ApiRoutes.signOutOthers, summary: "End every session of the caller but this one", access: "signedIn", response: null },
  { method: "get", route: ApiRoutes.me, summary: "The signed-in person", access: "signedIn", response: Me },
  { method: "patch", route: ApiRoutes.me, summary: "Change one's name", access: "signedIn", body: UpdateMeBody, response: Me },
  { method: "post", route: ApiRoutes.myPassword, summary: "Change one's password", access: "signedIn", body: ChangePasswordBody, response: null },
  { method: "get", route: ApiRoutes.mySessions, summary: "One's signed-in browsers", access: "signedIn", response: SessionList },
  { method: "get", route: ApiRoutes.invitation, summary: "What an invitation or sign-in link grants", access: "public", params: TokenParams, response: InvitationPreview },
  {
    method: "post",
    route: ApiRoutes.acceptInvitation,
    summary: "Use an invitation or sign-in link: set name and password, sign in",
    access: "public",
    params: TokenParams,
    body: AcceptInvitationBody,
    response: Me,
  },
  { method: "get", route: ApiRoutes.consultations, summary: "List consultations", access: "workspace.read", response: ConsultationList },
  { method: "get", route: ApiRoutes.consultation, summary: "One consultation with its organisations", access: "workspace.read", params: ConsultationParams, response: Consultation },
  {
    method: "patch",
    route: ApiRoutes.consultation,
    summary: "Change a consultation: title, description, deadline, internal deadline, state (open, close early, reopen)",
    access: "consultations.manage",
    params: ConsultationParams,
    body: UpdateConsultationBody,
    response: Consultation,
  },
  {
    method: "get",
    route: ApiRoutes.consultationStatus,
    summary: "Deadlines, locks and each visible organisation's submission status (all of them, with counts, for coordinators)",
    access: "workspace.read",
    params: ConsultationParams,
    response: ConsultationStatus,
  },
  {
    method: "put",
    route: ApiRoutes.extension,
    summary: "Give one organisation a later deadline",
    access: "consultations.manage",
    params: OrganisationParams,
    body: ExtensionBody,
    response: OrganisationStatus,
  },
  { method: "delete", route: ApiRoutes.extension, summary: "Remove an organisation's extension", access: "consultations.manage", params: OrganisationParams, response: OrganisationStatus },
  {
    method: "put",
    route: ApiRoutes.stage,
    summary: "Move a submission through the coalition's pipeline (signed off: leads only)",
    access: "workspace.read, as a member of the organisation",
    params: OrganisationParams,
    body: StageBody,
    response: OrganisationStatus,
  },
  {
    method: "post",
    route: ApiRoutes.submit,
    summary:
      "Submit: freeze the submission's exact state and its package files, their labels rendered once in the body's `lang` (English when the body or the field is absent) and recorded in the receipt; answers the receipt. 422 limits_exceeded, with the list of violations, when the package breaks the consultation's limits (nothing is frozen)",
    access: "workspace.read, as a lead of the organisation, before its deadline",
    params: OrganisationParams,
    body: SubmitBody,
    response: Receipt,
    status: 201,
  },
  {
    method: "post",
    route: ApiRoutes.withdraw,
    summary: "Withdraw the official submission before the deadline",
    access: "workspace.read, as a lead of the organisation",
    params: OrganisationParams,
    response: OrganisationStatus,
  },
  {
    method: "get",
    route: ApiRoutes.receipt,
    summary: "A submission's receipt: when, who, and the SHA-256 of its state and of each frozen file",
    access: "workspace.read, as the organisation's member, a coordinator or a reviewer",
    params: SubmissionFileParams,
    response: Receipt,
  },
  {
    method: "get",
    route: ApiRoutes.submissionFile,
    summary: "The exact bytes frozen for one format of a submission (their SHA-256 is in the receipt)",
    access: "workspace.read, as the organisation's member, a coordinator or a reviewer",
    params: SubmissionFileParams,
    response: z.string().describe("the file"),
  },
  {
    method: "get",
    route: ApiRoutes.commentMatrix,
    summary: "Every organisation's comments per paragraph, with counts by kind and stance",
    access: "submissions.overview",
    params: ConsultationParams,
    response: CommentMatrix,
  },
  {
    method: "get",
    route: ApiRoutes.sharedComments,
    summary: "Comments organisations shared with the coalition, with the organisations endorsing each",
    access: "workspace.read, as a coordinator or a member of a participating organisation",
    params: ConsultationParams,
    response: SharedCommentList,
  },
  {
    method: "get",
    route: ApiRoutes.organisationPackage,
    summary:
      "An organisation's current package as a file (DOCX, PDF, Markdown, CSV, XLSX or JSON): the submitted package, dated by its submission, while nothing has changed since the standing submission, else marked DRAFT (naming the standing submission's date, if any), its labels in `lang` (the JSON package has none). 422 limits_exceeded, with the list of violations (paragraph, limit, by how much), when it breaks the consultation's limits",
    access: "workspace.read, and access to the organisation's submission (its members and leads, coordinators)",
    params: OrganisationPackageParams,
    query: PackageQuery,
    response: { file: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "text/markdown", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"] },
  },
  {
    method: "post",
    route: ApiRoutes.exports,
    summary: "Start the coalition package: every organisation's package and the compiled comment matrix in one ZIP, labels in the body's `lang`; answers the job at once",
    access: "exports.all",
    params: ConsultationParams,
    body: CreateExportBody,
    response: ExportJob,
    status: 202,
  },
  { method: "get", route: ApiRoutes.exportJob, summary: "An export job's progress (jobs are kept in the server's memory)", access: "exports.all, the person who started it", params: ExportJobParams, response: ExportJob },
  { method: "delete", route: ApiRoutes.exportJob, summary: "Cancel an export job, or forget a finished one", access: "exports.all, the person who started it", params: ExportJobParams, response: null },
  { method: "get", route: ApiRoutes.exportJobFile, summary: "Download a finished export job's ZIP; 409 while it runs", access: "exports.all, the person who started it", params: ExportJobParams, response: { file: ["application/zip"] } },
  {
    method: "post",
    route: ApiRoutes.reportImportPreview,
    summary: "Read a draft report file (DOCX, Markdown, HTML or text) and answer its sections and paragraph count; changes nothing",
    access: "consultations.manage",
    params: ConsultationParams,
    query: ImportQuery,
    upload: IMPORT_TYPES,
    response: ReportImportPreview,
  },
  {
    method: "post",
    route: ApiRoutes.reportImport,
    summary: "Replace the report's text with a draft report file, all or nothing, live for connected editors; saves versions before and after",
    access: "consultations.manage",
    params: ConsultationParams,
    query: ImportQuery,
    upload: IMPORT_TYPES,
    response: ImportResult,
  },
  {
    method: "post",
    route: ApiRoutes.packageImport,
    summary:
      "Import a Parley JSON package into the organisation's submission, all or nothing, live for connected members: comments keep their ids (a re-import replaces them), general remarks and cover note are replaced when given; refuses a package of another consultation; saves \"Before import\" first",
    access: "workspace.read, as a coordinator or a lead of the organisation, before its deadline",
    params: OrganisationPackageParams,
    body: SubmissionPackage,
    response: PackageImportResult,
  },
  {
    method: "get",
    route: ApiRoutes.documentParagraphs,
    summary: "A report's numbered paragraphs, read on the server",
    access: "workspace.read, and read access to the document",
    params: DocumentParams,
    response: DocumentParagraphs,
  },
  { method: "get", route: ApiRoutes.versions, summary: "A report's saved versions, or a submission's (one per submit), newest first", access: "workspace.read, and read access to the document", params: DocumentParams, response: VersionList },
  {
    method: "post",
    route: ApiRoutes.versions,
    summary: "Save the report's current text as a named version",
    access: "workspace.read, and write access to the document",
    params: DocumentParams,
    body: SaveVersionBody,
    response: Version,
    status: 201,
  },
  {
    method: "get",
    route: ApiRoutes.version,
    summary: "One version's headings and numbered paragraphs, read-only",
    access: "workspace.read, and read access to the document",
    params: VersionParams,
    response: VersionContent,
  },
  {
    method: "post",
    route: ApiRoutes.restoreVersion,
    summary: "Make the current text equal to a version's, as a new change; the replaced text is saved first as \"Before restore\"",
    access: "workspace.read, and write access to the document",
    params: VersionParams,
    response: RestoredVersion,
  },
  {
    method: "get",
    route: ApiRoutes.documentDiff,
    summary: "What changed between two versions, or a version and now: paragraphs by stable id, words, moves, splits, merges, headings",
    access: "workspace.read, and read access to the document",
    params: DocumentParams,
    query: DiffQuery,
    response: VersionDiff,
  },
  {
    method: "get",
    route: ApiRoutes.documentDiffComments,
    summary:
      "One organisation's comments carried through a report diff: what happened to each comment's paragraph (unchanged, modified, moved, split, merged, removed) and each amendment's uptake",
    access: "workspace.read, read access to the report, and to the organisation's submission (its members; coordinators pick any organisation)",
    params: DocumentParams,
    query: DiffCommentsQuery,
    response: DiffComments,
  },
  {
    method: "get",
    route: ApiRoutes.documentDiffExport,
    summary: "A report diff as a file: Word with tracked changes (w:ins, w:del by \"Parley\"), a self-contained HTML page, or PDF; its legend, notes and counts in `lang`",
    access: "workspace.read, and read access to the document",
    params: DocumentParams,
    query: DiffExportQuery,
    response: z.string(),
  },
  {
    method: "get",
    route: ApiRoutes.submissionDiff,
    summary: "Two versions of a submission (or one and now) compared comment by comment: added, removed, changed in kind, stance, priority, status, body or proposal",
    access: "workspace.read, and read access to the submission",
    params: DocumentParams,
    query: DiffQuery,
    response: SubmissionVersionDiff,
  },
  { method: "get", route: ApiRoutes.people, summary: "Everyone in the workspace", access: "people.manage", response: PersonList },
  { method: "patch", route: ApiRoutes.person, summary: "Change a person's roles", access: "people.manage", params: IdParams, body: UpdatePersonBody, response: Me },
  { method: "delete", route: ApiRoutes.person, summary: "Remove a person; their sessions and connections end", access: "people.manage", params: IdParams, response: null },
  { method: "get", route: ApiRoutes.invitations, summary: "Pending invitations", access: "people.manage", response: InvitationList },
  { method: "post", route: ApiRoutes.invitations, summary: "Invite someone; the link is shown once", access: "people.manage", body: CreateInvitationBody, response: CreatedInvitation, status: 201 },
  { method: "delete", route: ApiRoutes.invitationById, summary: "Revoke an invitation", access: "people.manage", params: IdParams, response: null },
  { method: "get", route: ApiRoutes.organisations, summary: "Every organisation", access: "workspace.read", response: OrganisationList },
  { method: "post", route: ApiRoutes.organisations, summary: "Create an organisation", access: "consultations.manage", body: CreateOrganisationBody, response: CreateOrganisationBody, status: 201 },
  { method: "get", route: ApiRoutes.tokens, summary: "The caller's API tokens", access: "tokens.manage", response: TokenList },
  { method: "post", route: ApiRoutes.tokens, summary: "Create an API token; its value is shown once", access: "tokens.manage", body: CreateTokenBody, response: CreatedToken, status: 201 },
  { method: "delete", route: ApiRoutes.token, summary: "Revoke one of the caller's API tokens", access: "tokens.manage", params: IdParams, response: null },
  { method: "get", route: ApiRoutes.audit, summary: "The audit log, newest first", access: "audit.read", query: AuditQuery, response: AuditList },
];

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

const errorResponse = { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } } };

function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  return Object.entries(schema?.shape ?? {}).map(([name, field]) => ({
    name,
    in: location,
    required: location === "path",
    description: (field as z.ZodType).description,
    schema: jsonSchema(field as z.ZodType),
  }));
}

function describe(operation: Operation) {
  const { response } = operation;
  const success =
    response === null
      ? { description: "No content" }
      : "file" in response
        ? { description: "The file", content: Object.fromEntries(response.file.map((type) => [type, { schema: { type: "string", format: "binary" } }])) }
        : { description: "OK", content: { "application/json": { schema: jsonSchema(response) } } };
  return {
    summary: operation.summary,
    description: `Who may call it: ${operation.access}.`,
    parameters: [...parameters(operation.params, "path"), ...parameters(operation.query, "query")],
    ...(operation.body ? { requestBody: { required: !operation.body.safeParse(undefined).success, content: { "application/json": { schema: jsonSchema(operation.body) } } } } : {}),
    ...(operation.upload ? { requestBody: { required: true, content: Object.fromEntries(operation.upload.map((type) => [type, { schema: { type: "string", format: "binary" } }])) } } : {}),
    responses: {
      [String(operation.status ?? (operation.response ? 200 : 204))]: success,
      "400": errorResponse,
      ...(operation.access === "public" ? {} : { "401": errorResponse, "403": errorResponse }),
    },
  };
}

/** The OpenAPI 3 description served at `/api/openapi.json`. */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) {
    const path = operation.route.replace(/:([A-Za-z]+)/g, "{$1}");
    paths[path] = { ...paths[path], [operation.method]: describe(operation) };
  }
  paths[ApiRoutes.openApi] = { get: { summary: "This description", responses: { "200": { description: "OK" } } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version,
      description:
        "REST API of Parley. Sign in with the session cookie (POST /api/auth/sign-in) or an API token (Authorization: Bearer). Documents sync over the y-websocket protocol at /collab/<documentName>.",
    },
    paths,
    components: {
      schemas: { ErrorBody: jsonSchema(ErrorBody) },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "parley_session" },
        token: { type: "http", scheme: "bearer" },
      },
    },
  };
}
