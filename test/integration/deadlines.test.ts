import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Consultation } from "../../shared/api/consultations";
import { ConsultationStatus, Receipt } from "../../shared/api/submissions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { commentFragment, createComment, readComments } from "../../shared/submission/submissionDoc";
import { ServerNotices } from "../../client/collab/ServerNotices";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { connectClient, eventually, synced, type CollabClient } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const OPEN_NETWORKS = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
const DIGITAL_RIGHTS = submissionDocumentName(DEMO_CONSULTATION_ID, "digital-rights");
const ORGANISATION = `/api/consultations/${DEMO_CONSULTATION_ID}/organisations`;

/** A server whose clock the test sets, and the demo consultation's deadline on it. */
async function serverWithClock(): Promise<{ server: TestServer; setClock: (at: Date) => void; deadline: Date }> {
  let current = new Date();
  const server = await startServer({ now: () => current });
  const consultation = Consultation.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}`, { as: "coordinator" })).json());
  const deadline = new Date(consultation.deadline.utc);
  current = new Date(deadline.getTime() - 60_000);
  return { server, setClock: (at) => (current = at), deadline };
}

function addComment(client: CollabClient, text: string): string {
  const id = createComment(
    client.doc,
    { paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: null, kind: "concern", stance: "oppose", priority: "normal" },
    { id: "someone", name: "Someone" },
    new Date(),
  );
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  commentFragment(client.doc, id, "body")!.insert(0, [paragraph]);
  return id;
}

const bodies = (client: CollabClient) => readComments(client.doc).map((comment) => comment.bodyText);
const notices = new WeakMap<CollabClient, ServerNotices>();
/** A stock client that also reads the server's notices, as Parley's client does. */
function connect(...args: Parameters<typeof connectClient>): CollabClient {
  const client = connectClient(...args);
  notices.set(client, new ServerNotices(client.provider));
  return client;
}
/** The lock the server announced to this client, on the channel only the server writes. */
const lockOf = (client: CollabClient) => notices.get(client)?.lock ?? null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("deadlines and submissions, on the server's clock", () => {
  it("refuses an edit made one second after the deadline: never stored, never relayed, and the client learns of the lock", async () => {
    const { server, setClock, deadline } = await serverWithClock();
    const member = connect(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    const lead = connect(server.collabUrl, OPEN_NETWORKS, server.people.lead.token);
    await Promise.all([synced(member.provider), synced(lead.provider)]);
    addComment(member, "Written in time.");
    await eventually(() => bodies(lead).includes("Written in time."), "the lead sees the first comment");

    setClock(new Date(deadline.getTime() + 1_000));
    addComment(member, "Written too late.");
    await eventually(() => lockOf(member) === "deadline_passed" && lockOf(lead) === "deadline_passed", "both clients learn the lock", 5_000);
    await sleep(200);
    expect(bodies(lead)).toEqual(["Written in time."]);

    const fresh = connect(server.collabUrl, OPEN_NETWORKS, server.people.lead.token);
    await synced(fresh.provider);
    expect(bodies(fresh)).toEqual(["Written in time."]);
  });

  it("ignores a lock a member writes into presence: the others stay unlocked and keep editing", async () => {
    const { server } = await serverWithClock();
    const forger = connect(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    const lead = connect(server.collabUrl, OPEN_NETWORKS, server.people.lead.token);
    await Promise.all([synced(forger.provider), synced(lead.provider)]);
    forger.provider.awareness.setLocalState({ lock: { reason: "deadline_passed" } });
    const forgedState = () => lead.provider.awareness.getStates().get(forger.provider.awareness.clientID) as { lock?: unknown } | undefined;
    await eventually(() => forgedState()?.lock !== undefined, "the forged state reaches the lead, as any presence does");
    expect(lockOf(lead)).toBeNull();
    addComment(lead, "Still open.");
    await eventually(() => bodies(forger).includes("Still open."), "the lead's edit is stored and relayed");
  });

  it("lets only the organisation with an extension keep editing", async () => {
    const { server, setClock, deadline } = await serverWithClock();
    const later = new Date(deadline.getTime() + 2 * 3_600_000);
    const local = later.toISOString().slice(0, 16);
    const extended = await api(server, `${ORGANISATION}/open-networks/extension`, { as: "coordinator", method: "PUT", body: JSON.stringify({ deadline: { local, timeZone: "UTC" } }) });
    expect(extended.status).toBe(200);
    setClock(new Date(deadline.getTime() + 60_000));

    const member = connect(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    const outsider = connect(server.collabUrl, DIGITAL_RIGHTS, server.people.otherMember.token);
    await Promise.all([synced(member.provider), synced(outsider.provider)]);
    addComment(member, "Still allowed.");
    addComment(outsider, "Too late here.");
    await eventually(() => lockOf(outsider) === "deadline_passed", "the other organisation is locked");
    expect(lockOf(member)).toBeNull();

    const [memberAgain, outsiderAgain] = [
      connect(server.collabUrl, OPEN_NETWORKS, server.people.lead.token),
      connect(server.collabUrl, DIGITAL_RIGHTS, server.people.otherMember.token),
    ];
    await Promise.all([synced(memberAgain.provider), synced(outsiderAgain.provider)]);
    await eventually(() => bodies(memberAgain).includes("Still allowed."), "the extended organisation's edit is stored");
    expect(bodies(outsiderAgain)).toEqual([]);

    const status = ConsultationStatus.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/status`, { as: "coordinator" })).json());
    expect(status.organisations.find((entry) => entry.organisation.id === "open-networks")).toMatchObject({ extended: true, locked: false });
    expect(status.organisations.find((entry) => entry.organisation.id === "digital-rights")).toMatchObject({ extended: false, locked: true, state: "not_submitted" });
  });

  it("freezes the exact content on submit, keeps history on resubmit and withdraw, and serves the bytes the receipt hashes", async () => {
    const { server } = await serverWithClock();
    const lead = connect(server.collabUrl, OPEN_NETWORKS, server.people.lead.token);
    await synced(lead.provider);
    addComment(lead, "First version of our comment.");
    await sleep(100);

    expect((await api(server, `${ORGANISATION}/open-networks/submit`, { as: "member", method: "POST" })).status).toBe(403);
    const first = Receipt.parse(await (await api(server, `${ORGANISATION}/open-networks/submit`, { as: "lead", method: "POST" })).json());
    expect(first.official).toBe(true);

    addComment(lead, "Added after submitting.");
    await sleep(100);
    const jsonFile = first.files.find((file) => file.format === "json")!;
    const download = Buffer.from(await (await api(server, jsonFile.path, { as: "coordinator" })).arrayBuffer());
    expect(createHash("sha256").update(download).digest("hex")).toBe(jsonFile.sha256);
    const frozen = SubmissionPackage.parse(JSON.parse(download.toString("utf8")));
    expect(frozen.state).toBe("submitted");
    expect(frozen.sections.flatMap((section) => section.comments.map((comment) => comment.comment))).toEqual(["First version of our comment."]);

    const second = Receipt.parse(await (await api(server, `${ORGANISATION}/open-networks/submit`, { as: "lead", method: "POST" })).json());
    expect(second.stateSha256).not.toBe(first.stateSha256);
    const status = async () =>
      ConsultationStatus.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/status`, { as: "coordinator" })).json()).organisations.find(
        (entry) => entry.organisation.id === "open-networks",
      );
    expect(await status()).toMatchObject({ state: "resubmitted", official: { id: second.submissionId }, commentCounts: { concern: 2 } });
    expect(Receipt.parse(await (await api(server, `${ORGANISATION}/open-networks/submissions/${first.submissionId}/receipt`, { as: "reviewer" })).json()).official).toBe(false);
    expect((await api(server, `${ORGANISATION}/open-networks/submissions/${first.submissionId}/receipt`, { as: "otherMember" })).status).toBe(403);

    expect((await api(server, `${ORGANISATION}/open-networks/withdraw`, { as: "lead", method: "POST" })).status).toBe(200);
    expect(await status()).toMatchObject({ state: "withdrawn", official: null });
    expect((await status())?.history.map((event) => event.action)).toEqual(["withdrawn", "submitted", "submitted"]);
  });

  it("refuses to submit after the deadline", async () => {
    const { server, setClock, deadline } = await serverWithClock();
    setClock(new Date(deadline.getTime() + 1));
    const answer = await api(server, `${ORGANISATION}/open-networks/submit`, { as: "lead", method: "POST" });
    expect(answer.status).toBe(409);
    expect(await answer.json()).toMatchObject({ error: { code: "locked" } });
  });

  it("lets a coordinator change a consultation's settings and organisations, refuses unknown ones whole, and audits deadline changes", async () => {
    const { server } = await serverWithClock();
    const path = `/api/consultations/${DEMO_CONSULTATION_ID}`;
    const patch = (body: unknown) => api(server, path, { as: "coordinator", method: "PATCH", body: JSON.stringify(body) });

    const refused = await patch({ title: "Never saved", organisationIds: ["open-networks", "no-such-organisation"] });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "bad_request", message: expect.stringContaining("no-such-organisation") } });

    const changed = Consultation.parse(
      await (
        await patch({ title: "Zero draft: consultation", organisationIds: ["open-networks", "digital-rights"], deadline: { local: "2031-04-03T23:59", timeZone: "America/New_York" } })
      ).json(),
    );
    expect(changed.title).toBe("Zero draft: consultation");
    expect(changed.organisations.map((organisation) => organisation.id).sort()).toEqual(["digital-rights", "open-networks"]);
    expect(changed.deadline).toEqual({ local: "2031-04-03T23:59", timeZone: "America/New_York", utc: "2031-04-04T03:59:00.000Z" });

    const audit = (await (await api(server, "/api/audit?action=deadline.change", { as: "coordinator" })).json()) as { events: { details: { to: { utc: string } } }[] };
    expect(audit.events[0]?.details.to.utc).toBe("2031-04-04T03:59:00.000Z");
    expect((await api(server, "/api/audit?action=consultation.organisations", { as: "coordinator" })).ok).toBe(true);
  });
});
