import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Receipt } from "../../shared/api/submissions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { commentFragment, createComment } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { connectClient, synced, type CollabClient } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const ORGANISATION = `/api/consultations/${DEMO_CONSULTATION_ID}/organisations/open-networks`;

function addComment(client: CollabClient, text: string): void {
  const id = createComment(
    client.doc,
    { paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: null, kind: "general", stance: "support", priority: "normal" },
    { id: "someone", name: "Someone" },
    new Date(),
  );
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  commentFragment(client.doc, id, "body")!.insert(0, [paragraph]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const livePackage = async (server: TestServer) => SubmissionPackage.parse(await (await api(server, `${ORGANISATION}/package?format=json`, { as: "lead" })).json());
const liveMarkdown = async (server: TestServer) => (await api(server, `${ORGANISATION}/package?format=md`, { as: "lead" })).text();

describe("the live package after a submit", () => {
  it("is the submitted text, dated by the submission, until it changes; then a draft that says when it was submitted", async () => {
    const server = await startServer();
    const lead = connectClient(server.collabUrl, submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks"), server.people.lead.token);
    await synced(lead.provider);
    addComment(lead, "Our view on paragraph 38.");
    await sleep(150);
    expect((await livePackage(server)).state).toBe("draft");
    expect(await liveMarkdown(server)).toContain("DRAFT: not submitted");

    const receipt = Receipt.parse(await (await api(server, `${ORGANISATION}/submit`, { as: "lead", method: "POST" })).json());
    const submitted = await livePackage(server);
    expect(submitted).toMatchObject({ state: "submitted", asOf: new Date(receipt.submittedAt).toISOString() });
    const markdown = await liveMarkdown(server);
    expect(markdown).not.toContain("DRAFT");
    expect(markdown).toContain(`${receipt.submittedAt.slice(0, 16).replace("T", " ")} UTC`);

    addComment(lead, "A thought after submitting.");
    await sleep(150);
    const changed = await livePackage(server);
    expect(changed).toMatchObject({ state: "draft", submittedAt: new Date(receipt.submittedAt).toISOString() });
    expect(await liveMarkdown(server)).toContain(`DRAFT: changed since it was submitted on ${receipt.submittedAt.slice(0, 16).replace("T", " ")} UTC`);

    expect((await api(server, `${ORGANISATION}/withdraw`, { as: "lead", method: "POST" })).status).toBe(200);
    expect(await liveMarkdown(server)).toContain("DRAFT: not submitted");
  });
});
