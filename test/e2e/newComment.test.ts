import { describe, expect, it } from "vitest";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { addReply, createComment, readComments } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { connectClient, synced } from "../helpers/collabClient";
import { startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;
const OPEN_NETWORKS = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
/** The submission a coordinator sees first. */
const DIGITAL_RIGHTS = submissionDocumentName(DEMO_CONSULTATION_ID, "digital-rights");

describe("a new comment and its chips", () => {
  it("presumes no position: a general comment whose position the writer must choose", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(member, server.url + REPORT);

    await member.getByRole("button", { name: "Comment on paragraph 38" }).click();
    const composer = member.getByRole("form", { name: "New comment" });
    const kind = composer.getByLabel("Kind");
    const position = composer.getByRole("combobox", { name: /^Position/ });
    expect(await kind.inputValue()).toBe("general");
    expect(await position.inputValue()).toBe("");
    expect(await position.locator("option:checked").innerText()).toBe("Choose a position…");

    // Sending without a position is refused by the form itself: nothing is created.
    await composer.getByRole("button", { name: "Add comment" }).click();
    expect(await position.evaluate((select) => (select as HTMLSelectElement).validity.valueMissing)).toBe(true);
    expect(server.parley.deps.collab.rooms.read(OPEN_NETWORKS, readComments)).toHaveLength(0);

    // A kind that states its position fills it in; a position the writer chose is kept.
    await kind.selectOption("question");
    expect(await position.inputValue()).toBe("question");
    await position.selectOption("oppose");
    await kind.selectOption("concern");
    expect(await position.inputValue()).toBe("oppose");
    await composer.getByRole("button", { name: "Add comment" }).click();
    await expect.poll(() => server.parley.deps.collab.rooms.read(OPEN_NETWORKS, readComments).map((comment) => `${comment.kind} ${comment.stance}`)).toEqual(["concern oppose"]);
  });

  it("shows a position the kind already states once on a reader's card: not \"Question Question\"", async () => {
    const server = await startServer();
    const writer = connectClient(server.collabUrl, DIGITAL_RIGHTS, server.people.otherMember.token);
    await synced(writer.provider);
    const comment = (kind: "question" | "concern", stance: "question" | "oppose") =>
      createComment(
        writer.doc,
        { paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: null, kind, stance, priority: "normal" },
        { id: server.people.otherMember.id, name: "Test otherMember" },
        new Date(),
      );
    const question = comment("question", "question");
    const concern = comment("concern", "oppose");
    await expect.poll(() => server.parley.deps.collab.rooms.read(DIGITAL_RIGHTS, readComments).length).toBe(2);

    const browser = await launchBrowser();
    const coordinator = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await openReport(coordinator, server.url + REPORT);
    const chips = (id: string) => coordinator.locator(`.comment-card[data-comment-id="${id}"] .comment-chips .chip`);
    await chips(question).first().waitFor();
    expect(await chips(question).allInnerTexts()).toEqual(["Question"]);
    expect(await chips(concern).allInnerTexts()).toEqual(["Concern", "Oppose"]);
  });

  it("dates a comment and its replies as the rest of the page dates things", async () => {
    const server = await startServer();
    const writer = connectClient(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    await synced(writer.provider);
    const author = { id: server.people.member.id, name: "Test member" };
    const written = new Date("2026-03-05T14:07:00Z");
    const id = createComment(
      writer.doc,
      { paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: null, kind: "concern", stance: "oppose", priority: "normal" },
      author,
      written,
    );
    addReply(writer.doc, id, author, "Agreed within the team.", new Date("2026-03-06T09:30:00Z"));
    await expect.poll(() => server.parley.deps.collab.rooms.read(OPEN_NETWORKS, readComments)[0]?.replies.length).toBe(1);

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member, { timezoneId: "UTC" })).newPage();
    await openReport(page, server.url + REPORT);
    const card = page.locator(`.comment-card[data-comment-id="${id}"]`);
    // The page's one format (formatDateTime): medium date, short time, in the page's language.
    const pageFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    await card.locator("time", { hasText: "updated" }).waitFor();
    expect(await card.locator("time", { hasText: "updated" }).innerText()).toBe(`updated ${pageFormat.format(written)}`);
    expect(await card.locator(".reply-meta time").innerText()).toBe(pageFormat.format(new Date("2026-03-06T09:30:00Z")));
  });
});
