import { createHash } from "node:crypto";
import type { Consultation, Organisation } from "../../shared/api/consultations";
import type { OrganisationStatus, Receipt, SubmissionEvent } from "../../shared/api/submissions";
import { parseDocumentName, submissionDocumentName } from "../../shared/collab/documentNames";
import type { Locale } from "../../shared/i18n/locales";
import { effectiveDeadline, lockReason, submissionState, type LockReason } from "../../shared/submission/lifecycle";
import { checkPackage } from "../../shared/submission/limits";
import { lastActivity } from "../../shared/submission/submissionActivity";
import { readComments } from "../../shared/submission/submissionDoc";
import type { OfficialPackage } from "../../shared/submission/livePackage";
import { buildSubmissionPackage, SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { DocumentRooms } from "../collab/DocumentRooms";
import { readReportParagraphs } from "../collab/readSubmissions";
import { docFromState, packageSource } from "../exports/readPackageSource";
import { PACKAGE_FORMATS } from "../exports/packageFormats";
import { conflict, limitsExceeded, locked, notFound } from "../http/HttpError";
import type { ConsultationStore } from "../stores/ConsultationStore";
import type { SubmissionRow, SubmissionStore } from "../stores/SubmissionStore";
import type { Logger } from "../logger";
import type { Versions } from "../versions/Versions";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function toEvent(row: SubmissionRow): SubmissionEvent {
  return { id: row.id, action: row.action, at: row.at, by: { id: row.personId, name: row.personName }, stateSha256: row.stateSha256 };
}

export interface SubmissionsDeps {
  consultations: ConsultationStore;
  store: SubmissionStore;
  versions: Versions;
  rooms: DocumentRooms;
  now: () => Date;
  logger?: Logger;
}

/**
 * An organisation's submission through its life: deadlines (with extensions), the lock the sync
 * server enforces, submitting (freeze the document's exact state, render every package format
 * from it, store the bytes and their hashes), withdrawing, receipts and the dashboard's status.
 */
export class Submissions {
  constructor(private readonly deps: SubmissionsDeps) {}

  /** Why a submission document refuses changes now, or null; reports never lock here. */
  lockFor(documentName: string): LockReason {
    const document = parseDocumentName(documentName);
    if (document?.kind !== "submission") {
      return null;
    }
    const consultation = this.deps.consultations.get(document.consultationId);
    if (!consultation) {
      return null;
    }
    const { deadline } = this.deadlineFor(consultation, document.organisationId);
    return lockReason(consultation.state, deadline, this.deps.now());
  }

  deadlineFor(consultation: Consultation, organisationId: string) {
    return effectiveDeadline(consultation.deadline, this.deps.store.extension(consultation.id, organisationId));
  }

  /** One organisation's standing; with `details`, its comment counts and last activity too. */
  status(consultation: Consultation, organisation: Organisation, details = false): OrganisationStatus {
    const { deadline, extended } = this.deadlineFor(consultation, organisation.id);
    const locked = lockReason(consultation.state, deadline, this.deps.now()) !== null;
    const history = this.deps.store.events(consultation.id, organisation.id).map(toEvent);
    const comments = this.deps.rooms.read(submissionDocumentName(consultation.id, organisation.id), readComments);
    const latest = history[0];
    const status: OrganisationStatus = {
      organisation,
      deadline,
      extended,
      locked,
      state: submissionState(history, comments.length > 0, locked),
      stage: this.deps.store.stage(consultation.id, organisation.id),
      official: latest?.action === "submitted" ? latest : null,
      history,
    };
    if (details) {
      const counts: Record<string, number> = {};
      for (const comment of comments) {
        counts[comment.kind] = (counts[comment.kind] ?? 0) + 1;
      }
      status.commentCounts = counts;
      status.lastActivity = this.deps.rooms.read(submissionDocumentName(consultation.id, organisation.id), lastActivity);
    }
    return status;
  }

  /**
   * Freezes the submission as it stands now and makes it the official one. Every format is
   * rendered once, its labels in `locale` (the submitter's language, recorded with the submit), and
   * the bytes are stored: downloads and the receipt's hashes never depend on a later rendering.
   */
  async submit(consultation: Consultation, organisation: Organisation, personId: string, locale: Locale): Promise<Receipt> {
    if (this.lockFor(submissionDocumentName(consultation.id, organisation.id))) {
      throw locked("The deadline has passed: this submission can no longer be sent.");
    }
    const now = this.deps.now();
    const documentName = submissionDocumentName(consultation.id, organisation.id);
    this.checkLimits(consultation, organisation, documentName, now);
    const version = this.deps.versions.saveVersion(documentName, { kind: "submission", name: `Submitted ${now.toISOString()}`, createdBy: personId });
    const state = this.deps.versions.stateOf(documentName, version.id);
    if (!state) {
      throw new Error(`Version ${version.id} of ${documentName} vanished`);
    }
    const doc = docFromState(state);
    try {
      const report = readReportParagraphs(this.deps.rooms, consultation);
      const pkg = buildSubmissionPackage(packageSource(doc, consultation, organisation, report, "submitted", now));
      // A format that cannot be rendered here (a PDF without its fonts, say) is left out of the
      // receipt rather than blocking the submission; JSON always renders.
      const rendered = await Promise.allSettled(
        [...PACKAGE_FORMATS.values()].map(async (format) => {
          const bytes = await format.render(pkg, locale);
          return { format: format.id, bytes, sha256: sha256(bytes) };
        }),
      );
      const files = rendered.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
      for (const result of rendered) {
        if (result.status === "rejected") {
          this.deps.logger?.warn("export", "a package format could not be frozen at submission", { organisation: organisation.id, error: String(result.reason) });
        }
      }
      const id = this.deps.store.submit(consultation.id, organisation.id, { versionId: version.id, stateSha256: sha256(state), language: locale, files }, personId, now);
      return this.receipt(consultation, organisation, id);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Refuses a submission that breaks the consultation's limits before anything is frozen. The
   * snapshot flushes the pipeline, and nothing runs between this check and the version saved
   * right after it, so the state checked is the state frozen.
   */
  private checkLimits(consultation: Consultation, organisation: Organisation, documentName: string, now: Date): void {
    const doc = docFromState(this.deps.rooms.snapshot(documentName));
    try {
      const report = readReportParagraphs(this.deps.rooms, consultation);
      const violations = checkPackage(buildSubmissionPackage(packageSource(doc, consultation, organisation, report, "submitted", now)), consultation.limits);
      if (violations.length > 0) {
        throw limitsExceeded(violations, "This submission");
      }
    } finally {
      doc.destroy();
    }
  }

  /** Takes the official submission back; the history keeps it. */
  withdraw(consultation: Consultation, organisation: Organisation, personId: string): OrganisationStatus {
    const status = this.status(consultation, organisation);
    if (status.locked) {
      throw locked("The deadline has passed: the submission stands as it was.");
    }
    if (!status.official) {
      throw conflict("There is no submission to withdraw.");
    }
    this.deps.store.withdraw(consultation.id, organisation.id, personId, this.deps.now());
    return this.status(consultation, organisation);
  }

  /** The receipt of one submit: who, when, and the hashes of the state and of each frozen file. */
  receipt(consultation: Consultation, organisation: Organisation, submissionId: number): Receipt {
    const events = this.deps.store.events(consultation.id, organisation.id);
    const event = events.find((row) => row.id === submissionId && row.action === "submitted");
    if (!event?.stateSha256) {
      throw notFound(`No submission ${submissionId} from ${organisation.id}.`);
    }
    return {
      consultation: { id: consultation.id, title: consultation.title },
      organisation,
      submissionId,
      submittedAt: event.at,
      submittedBy: { id: event.personId, name: event.personName },
      stateSha256: event.stateSha256,
      language: event.language ?? "en",
      files: this.deps.store.files(submissionId).map((file) => ({
        ...file,
        path: `/api/consultations/${consultation.id}/organisations/${organisation.id}/submissions/${submissionId}/files/${file.format}`,
      })),
      official: events[0]?.id === submissionId,
    };
  }

  /** The standing submission's frozen package, or null when none stands (never submitted, or withdrawn). */
  officialPackage(consultation: Consultation, organisation: Organisation): OfficialPackage | null {
    const latest = this.deps.store.events(consultation.id, organisation.id)[0];
    const file = latest?.action === "submitted" ? this.deps.store.file(latest.id, "json") : undefined;
    if (!latest || !file) {
      return null;
    }
    return { at: latest.at, pkg: SubmissionPackage.parse(JSON.parse(file.bytes.toString("utf8"))) };
  }

  /** The exact bytes frozen for one format of a submission. */
  file(consultation: Consultation, organisation: Organisation, submissionId: number, format: string): Buffer {
    this.receipt(consultation, organisation, submissionId);
    const file = this.deps.store.file(submissionId, format);
    if (!file) {
      throw notFound(`No ${format} file for submission ${submissionId}.`);
    }
    return file.bytes;
  }
}
