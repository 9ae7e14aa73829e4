import { z } from "zod";
import { ConsultationList, ConsultationParams, Consultation } from "../shared/api/consultations";
import { DocumentParagraphs, DocumentParams } from "../shared/api/documents";
import { ErrorBody } from "../shared/api/errors";
import { Health } from "../shared/api/health";
import { ApiRoutes } from "../shared/api/routes";

interface Operation {
  summary: string;
  params?: z.ZodObject;
  response: z.ZodType;
  errors: number[];
}

/** Every REST operation, described from the same zod schemas the server validates with. */
const OPERATIONS: Record<string, Operation> = {
  [ApiRoutes.health]: { summary: "Server health", response: Health, errors: [] },
  [ApiRoutes.consultations]: { summary: "List consultations", response: ConsultationList, errors: [] },
  [ApiRoutes.consultation]: {
    summary: "One consultation with its organisations",
    params: ConsultationParams,
    response: Consultation,
    errors: [400, 404],
  },
  [ApiRoutes.documentParagraphs]: {
    summary: "A report's numbered paragraphs, read on the server",
    params: DocumentParams,
    response: DocumentParagraphs,
    errors: [400, 404],
  },
};

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });

function describe(operation: Operation) {
  const parameters = Object.entries(operation.params?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: "path",
    required: true,
    description: (schema as z.ZodType).description,
    schema: jsonSchema(schema as z.ZodType),
  }));
  const errors = Object.fromEntries(
    operation.errors.map((status) => [
      String(status),
      { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } } },
    ]),
  );
  return {
    get: {
      summary: operation.summary,
      parameters,
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: jsonSchema(operation.response) } } },
        ...errors,
      },
    },
  };
}

/** The OpenAPI 3 description served at `/api/openapi.json`. */
export function openApiDocument(version: string) {
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([route, operation]) => [route.replace(/:([A-Za-z]+)/g, "{$1}"), describe(operation)]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version,
      description: "REST API of Parley. Documents sync over the y-websocket protocol at /collab/<documentName>.",
    },
    paths: { ...paths, [ApiRoutes.openApi]: { get: { summary: "This description", responses: { "200": { description: "OK" } } } } },
    components: { schemas: { ErrorBody: jsonSchema(ErrorBody) } },
  };
}
