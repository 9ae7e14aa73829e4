import * as Y from "yjs";
import type { DocumentParagraphs } from "../../shared/api/documents";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import type { CommentKind, Priority, Stance } from "../../shared/submission/comment";
import { commentFragment, createComment, readComments, updateComment } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { connectClient, eventually, synced } from "./collabClient";
import { api, type TestServer } from "./startServer";

export interface TestComment {
  /** The paragraph's number in the demo report. */
  number: string;
  body: string;
  kind?: CommentKind;
  stance?: Stance;
  priority?: Priority;
  shared?: boolean;
}

/** The demo report's paragraphs by number, as the server reads them. */
export async function demoParagraphs(server: TestServer): Promise<Map<string, { id: string; text: string }>> {
  const response = await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`, { as: "reviewer" });
  const { paragraphs } = (await response.json()) as DocumentParagraphs;
  return new Map(paragraphs.map((paragraph) => [paragraph.number, { id: paragraph.id, text: paragraph.text }]));
}

/**
 * Writes comments into Open Networks Alliance's submission over a real socket, as its member, and
 * waits until the server holds them; returns their ids in the order given.
 */
export async function addComments(server: TestServer, comments: readonly TestComment[]): Promise<string[]> {
  const report = await demoParagraphs(server);
  const name = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
  const client = connectClient(server.collabUrl, name, server.people.member.token);
  await synced(client.provider);
  const author = { id: server.people.member.id, name: "Test member" };
  const before = readComments(client.doc).length;
  const ids = comments.map((comment) => {
    const paragraph = report.get(comment.number);
    const kind = comment.kind ?? "concern";
    const id = createComment(
      client.doc,
      {
        paragraphId: paragraph?.id ?? `gone-${comment.number}`,
        paragraphNumber: comment.number,
        paragraphText: paragraph?.text ?? "A paragraph since removed.",
        quote: null,
        kind,
        stance: comment.stance ?? "oppose",
        priority: comment.priority ?? "normal",
        proposedText: kind === "amendment" ? (paragraph?.text ?? "") : "",
      },
      author,
      new Date(),
    );
    const element = new Y.XmlElement("paragraph");
    element.insert(0, [new Y.XmlText(comment.body)]);
    commentFragment(client.doc, id, "body")?.insert(0, [element]);
    if (comment.shared) {
      updateComment(client.doc, id, { shared: true }, author, new Date());
    }
    return id;
  });
  await eventually(() => server.parley.deps.collab.rooms.read(name, readComments).length === before + comments.length, "the server holds the comments");
  client.provider.destroy();
  return ids;
}
