import * as Y from "yjs";
import {
  CommentKind,
  CommentStatus,
  Priority,
  QuotedSpan,
  Stance,
  type CommentAuthor,
  type CommentSettings,
  type NewComment,
  type Reply,
  type SubmissionComment,
} from "./comment";

/**
 * The layout of a submission document, `submission:<consultation>:<organisation>`:
 * - `comments`: Y.Map of comment id → Y.Map with the fields of `SubmissionComment`, where
 *   `body` and `proposal` are Y.XmlFragments co-edited in their own editors, `authors` and
 *   `replies` are Y.Arrays, and everything else is a plain value;
 * - `general`: Y.XmlFragment, the general remarks on the whole report;
 * - `cover`: Y.XmlFragment, the cover note that opens the package.
 * This module is the only code that reads or writes that layout.
 */
export const SUBMISSION_FIELDS = { comments: "comments", general: "general", cover: "cover" } as const;

type CommentMap = Y.Map<unknown>;

/** The map of every comment in a submission document. */
export function commentsMap(doc: Y.Doc): Y.Map<CommentMap> {
  return doc.getMap<CommentMap>(SUBMISSION_FIELDS.comments);
}

/** The rich-text field of the general remarks or the cover note. */
export function submissionText(doc: Y.Doc, field: "general" | "cover"): Y.XmlFragment {
  return doc.getXmlFragment(SUBMISSION_FIELDS[field]);
}

/** A new comment id; short enough to read in exports. */
export function createCommentId(): string {
  return `c-${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

/** One paragraph of plain text as the XML the editor schema reads. */
function paragraphElement(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

/** Plain text, one line per paragraph, as the blocks of a rich-text fragment. */
function textElements(text: string): Y.XmlElement[] {
  return text.split("\n").map((line) => paragraphElement(line));
}

/** Adds a comment and returns its id. */
export function createComment(doc: Y.Doc, input: NewComment, author: CommentAuthor, now: Date, id = createCommentId()): string {
  const comment = new Y.Map<unknown>();
  const at = now.toISOString();
  const proposal = new Y.XmlFragment();
  if (input.proposedText) {
    proposal.insert(0, textElements(input.proposedText));
  }
  doc.transact(() => {
    comment.set("id", id);
    comment.set("paragraphId", input.paragraphId);
    comment.set("paragraphNumber", input.paragraphNumber);
    comment.set("paragraphText", input.paragraphText);
    comment.set("quote", input.quote);
    comment.set("kind", input.kind);
    comment.set("stance", input.stance);
    comment.set("priority", input.priority);
    comment.set("status", "draft");
    comment.set("authors", Y.Array.from([author]));
    comment.set("createdAt", at);
    comment.set("updatedAt", at);
    comment.set("body", new Y.XmlFragment());
    comment.set("proposal", proposal);
    comment.set("replies", new Y.Array<Reply>());
    comment.set("resolved", false);
    comment.set("shared", false);
    commentsMap(doc).set(id, comment);
  });
  return id;
}

function fragmentOf(comment: CommentMap, field: "body" | "proposal"): Y.XmlFragment | null {
  const value = comment.get(field);
  return value instanceof Y.XmlFragment ? value : null;
}

/** A comment's rich body or amendment proposal, for an editor to bind to. */
export function commentFragment(doc: Y.Doc, id: string, field: "body" | "proposal"): Y.XmlFragment | null {
  const comment = commentsMap(doc).get(id);
  return comment ? fragmentOf(comment, field) : null;
}

/** The plain text of a rich-text fragment: one line per block. */
export function fragmentText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  fragment.forEach((child) => {
    if (child instanceof Y.XmlText) {
      lines.push(child.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join(""));
    } else if (child instanceof Y.XmlElement) {
      const inline = child.toArray().every((node) => node instanceof Y.XmlText);
      lines.push(inline ? fragmentText(child).replaceAll("\n", "") : fragmentText(child));
    }
  });
  return lines.join("\n");
}

function text(comment: CommentMap, key: string): string {
  const value = comment.get(key);
  return typeof value === "string" ? value : "";
}

function arrayOf<T>(comment: CommentMap, key: string): T[] {
  const value = comment.get(key);
  return value instanceof Y.Array ? (value.toArray() as T[]) : [];
}

/** Reads one comment as plain data; values written by an older or broken client fall back to defaults. */
export function readComment(comment: CommentMap): SubmissionComment {
  const body = fragmentOf(comment, "body");
  const proposal = fragmentOf(comment, "proposal");
  const quote = QuotedSpan.safeParse(comment.get("quote"));
  return {
    id: text(comment, "id"),
    paragraphId: text(comment, "paragraphId"),
    paragraphNumber: text(comment, "paragraphNumber"),
    paragraphText: text(comment, "paragraphText"),
    quote: quote.success ? quote.data : null,
    kind: CommentKind.catch("general").parse(comment.get("kind")),
    stance: Stance.catch("question").parse(comment.get("stance")),
    priority: Priority.catch("normal").parse(comment.get("priority")),
    status: CommentStatus.catch("draft").parse(comment.get("status")),
    authors: arrayOf<CommentAuthor>(comment, "authors"),
    createdAt: text(comment, "createdAt"),
    updatedAt: text(comment, "updatedAt"),
    bodyText: body ? fragmentText(body) : "",
    proposedText: proposal ? fragmentText(proposal) : "",
    replies: arrayOf<Reply>(comment, "replies"),
    resolved: comment.get("resolved") === true,
    shared: comment.get("shared") === true,
  };
}

/** Every comment in the document, oldest first. */
export function readComments(doc: Y.Doc): SubmissionComment[] {
  return [...commentsMap(doc).values()].map(readComment).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The organisation's own text, as the limits count it: every comment's body and proposal, the general remarks and the cover note. */
export function ownTexts(doc: Y.Doc): string[] {
  const texts: string[] = [];
  commentsMap(doc).forEach((comment) => {
    const body = fragmentOf(comment, "body");
    const proposal = fragmentOf(comment, "proposal");
    texts.push(body ? fragmentText(body) : "", proposal ? fragmentText(proposal) : "");
  });
  texts.push(fragmentText(submissionText(doc, "general")), fragmentText(submissionText(doc, "cover")));
  return texts;
}

function withComment(doc: Y.Doc, id: string, change: (comment: CommentMap) => void): boolean {
  const comment = commentsMap(doc).get(id);
  if (!comment) {
    return false;
  }
  doc.transact(() => change(comment));
  return true;
}

/** Records that `author` changed the comment now: they join its authors, and its time moves on. */
export function touchComment(doc: Y.Doc, id: string, author: CommentAuthor, now: Date): boolean {
  return withComment(doc, id, (comment) => {
    comment.set("updatedAt", now.toISOString());
    const authors = comment.get("authors");
    if (authors instanceof Y.Array && !authors.toArray().some((existing: CommentAuthor) => existing.id === author.id)) {
      authors.push([author]);
    }
  });
}

/** Changes a comment's kind, stance, priority, status, resolution or sharing. */
export function updateComment(doc: Y.Doc, id: string, settings: CommentSettings, author: CommentAuthor, now: Date): boolean {
  return withComment(doc, id, (comment) => {
    for (const [key, value] of Object.entries(settings)) {
      if (value !== undefined) {
        comment.set(key, value);
      }
    }
    touchComment(doc, id, author, now);
  });
}

/** Moves a comment to another paragraph: how a detached comment is attached again. */
export function reattachComment(doc: Y.Doc, id: string, paragraph: { id: string; number: string; text: string }): boolean {
  return withComment(doc, id, (comment) => {
    comment.set("paragraphId", paragraph.id);
    comment.set("paragraphNumber", paragraph.number);
    comment.set("paragraphText", paragraph.text);
    comment.set("quote", null);
  });
}

/** Keeps the last-known number and text of the paragraph a comment answers, for when it is deleted. */
export function rememberParagraph(doc: Y.Doc, id: string, paragraph: { number: string }): boolean {
  const comment = commentsMap(doc).get(id);
  if (!comment || comment.get("paragraphNumber") === paragraph.number) {
    return false;
  }
  return withComment(doc, id, (map) => map.set("paragraphNumber", paragraph.number));
}

/** Adds a reply to a comment's discussion. */
export function addReply(doc: Y.Doc, id: string, author: CommentAuthor, replyText: string, now: Date): boolean {
  return withComment(doc, id, (comment) => {
    const replies = comment.get("replies");
    if (replies instanceof Y.Array) {
      replies.push([{ id: createCommentId(), author, text: replyText, createdAt: now.toISOString() } satisfies Reply]);
    }
  });
}

/** Deletes a comment, its body and its discussion. */
export function deleteComment(doc: Y.Doc, id: string): boolean {
  const comments = commentsMap(doc);
  if (!comments.has(id)) {
    return false;
  }
  comments.delete(id);
  return true;
}

/** Replaces the general remarks or the cover note with plain text, one paragraph per line. */
export function writeSubmissionText(doc: Y.Doc, field: "general" | "cover", text: string): void {
  const fragment = submissionText(doc, field);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    if (text) {
      fragment.insert(0, textElements(text));
    }
  });
}

/** A comment as a package brings it back: what `restoreComment` writes. */
export interface RestoredComment extends NewComment {
  /** The id it had, kept so a re-import replaces it rather than adding a copy. */
  id: string;
  status: SubmissionComment["status"];
  /** The body, plain text with one paragraph per line. */
  bodyText: string;
}

/** Writes a comment with a given id, settings, body and proposal, replacing any comment with that id. */
export function restoreComment(doc: Y.Doc, input: RestoredComment, author: CommentAuthor, at: Date): void {
  doc.transact(() => {
    createComment(doc, input, author, at, input.id);
    const comment = commentsMap(doc).get(input.id);
    comment?.set("status", input.status);
    const body = comment && fragmentOf(comment, "body");
    if (body && input.bodyText) {
      body.insert(0, textElements(input.bodyText));
    }
  });
}
