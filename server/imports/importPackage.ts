import type { Consultation, Organisation } from "../../shared/api/consultations";
import type { PackageImportResult } from "../../shared/api/exports";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import type { CommentAuthor } from "../../shared/submission/comment";
import { restoreComment, writeSubmissionText, type RestoredComment } from "../../shared/submission/submissionDoc";
import { SubmissionPackage, type PackageComment } from "../../shared/submission/submissionPackage";
import type { DocumentRooms } from "../collab/DocumentRooms";
import type { Versions } from "../versions/Versions";
import { ImportError } from "./ImportedBlock";

/** The longest quote a comment keeps (`QuotedSpan.exact`). */
const MAX_QUOTE = 2000;

/** Reads and checks an uploaded JSON package completely, before anything is written. */
export function readPackageFile(body: unknown, consultation: Consultation): SubmissionPackage {
  let value = body;
  if (Buffer.isBuffer(body)) {
    try {
      value = JSON.parse(body.toString("utf8"));
    } catch {
      throw new ImportError(400, "The file is not JSON: export a package as JSON from Parley and import that file.");
    }
  }
  const parsed = SubmissionPackage.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(400, `The file is not a Parley JSON package (${issue ? `${issue.path.join(".") || "the file"}: ${issue.message}` : "unknown shape"}).`);
  }
  const pkg = parsed.data;
  if (pkg.consultation.id !== consultation.id) {
    throw new ImportError(400, `This package belongs to another consultation ("${pkg.consultation.title}"), not to "${consultation.title}".`);
  }
  const ids = allComments(pkg).map((comment) => comment.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw new ImportError(400, `The package holds comment "${repeated}" twice.`);
  }
  return pkg;
}

function allComments(pkg: SubmissionPackage): PackageComment[] {
  return [...pkg.sections.flatMap((section) => section.comments), ...pkg.detached];
}

function restored(comment: PackageComment): RestoredComment {
  return {
    id: comment.id,
    paragraphId: comment.paragraphId,
    paragraphNumber: comment.paragraphNumber,
    paragraphText: comment.paragraphText,
    // The package keeps the quoted words only; the rail finds them again in the paragraph.
    quote: comment.quote && comment.quote.length <= MAX_QUOTE ? { exact: comment.quote, prefix: "", suffix: "", start: null, end: null } : null,
    kind: comment.kind,
    stance: comment.stance,
    priority: comment.priority,
    status: comment.status,
    bodyText: comment.comment,
    proposedText: comment.proposedText,
  };
}

/**
 * Writes a checked package into an organisation's submission, all in one change through the live
 * room (stored before connected members receive it). Comments keep their ids, so importing the
 * same package again replaces them instead of adding copies; other comments stay. The general
 * remarks and cover note are replaced when the package has them. The submission as it was is
 * saved first as a version "Before import". Discussions are not imported: packages carry no names.
 */
export function importPackage(
  deps: { rooms: DocumentRooms; versions: Versions },
  consultation: Consultation,
  organisation: Organisation,
  pkg: SubmissionPackage,
  author: CommentAuthor,
  now: Date,
): PackageImportResult {
  const documentName = submissionDocumentName(consultation.id, organisation.id);
  const comments = allComments(pkg);
  const before = deps.versions.saveVersion(documentName, {
    kind: "import",
    name: "Before import",
    note: `Package of ${pkg.organisation.name}, ${pkg.state} as of ${pkg.asOf}`,
    createdBy: author.id,
  });
  deps.rooms.change(documentName, (doc) => {
    // Creation times one millisecond apart keep the package's order wherever comments are listed oldest first.
    comments.forEach((comment, index) => restoreComment(doc, restored(comment), author, new Date(now.getTime() + index)));
    if (pkg.generalRemarks) {
      writeSubmissionText(doc, "general", pkg.generalRemarks);
    }
    if (pkg.coverNote) {
      writeSubmissionText(doc, "cover", pkg.coverNote);
    }
  });
  return { comments: comments.length, generalRemarks: pkg.generalRemarks !== "", coverNote: pkg.coverNote !== "", beforeVersionId: before.id };
}
