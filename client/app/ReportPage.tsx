import { useEffect, useMemo, useState } from "react";
import type { Consultation } from "../../shared/api/consultations";
import type { Person } from "../../shared/api/people";
import { parseDocumentName } from "../../shared/collab/documentNames";
import { documentAccess, type Viewer } from "../../shared/permissions";
import { ConnectionBadge } from "../collab/ConnectionBadge";
import { colorFor, type Identity } from "../collab/identity";
import { PresenceList } from "../collab/PresenceList";
import { useCollabProvider, type CollabSession } from "../collab/useCollabProvider";
import { usePresence } from "../collab/usePresence";
import { getConsultation } from "../api/consultations";
import { useApi } from "../api/useApi";
import { CommentColumn } from "../comments/CommentColumn";
import { visibleComments } from "../comments/commentGroups";
import { CommentTools } from "../comments/CommentTools";
import type { SubmissionHandle } from "../comments/SubmissionHandle";
import { useCommenting } from "../comments/useCommenting";
import { useEndorsements } from "../comments/useEndorsements";
import { useSharedComments } from "../comments/useSharedComments";
import { SubmissionTexts } from "../comments/SubmissionTexts";
import { useSubmissionChoice, type SubmissionChoice } from "../comments/useSubmissionChoice";
import { ReportEditor } from "../editor/ReportEditor";
import { formatDeadline } from "../i18n/formatDeadline";
import { useI18n } from "../i18n/useI18n";
import { Link } from "../components/Link";
import { ExportPanel } from "../exports/ExportPanel";
import { versionsPath } from "./router";

/** A consultation's draft report, open for co-editing. */
export function ReportPage({ consultationId, person, viewer }: { consultationId: string; person: Person; viewer: Viewer }) {
  const { t } = useI18n();
  const consultation = useApi(`consultation:${consultationId}`, () => getConsultation(consultationId));
  if (consultation.status === "loading") {
    return (
      <main id="content" tabIndex={-1}>
        <p role="status">{t("report.loading")}</p>
      </main>
    );
  }
  if (consultation.status === "failed") {
    const notFound = "code" in consultation.error && consultation.error.code === "not_found";
    return (
      <main id="content" tabIndex={-1}>
        <p role="alert">{notFound ? t("report.notFound") : t("report.loadFailed", { message: consultation.error.message })}</p>
      </main>
    );
  }
  return <ReportWorkspace consultation={consultation.data} person={person} viewer={viewer} />;
}

function ReportWorkspace({ consultation, person, viewer }: { consultation: Consultation; person: Person; viewer: Viewer }) {
  const { t, locale } = useI18n();
  const identity = useMemo<Identity>(() => ({ name: person.name, color: colorFor(person.id) }), [person.name, person.id]);
  const document = parseDocumentName(consultation.reportDocument);
  const editable = document !== null && documentAccess(viewer, document) === "write";
  const session = useCollabProvider(consultation.reportDocument, `${consultation.createdAt}:${person.id}`);

  return (
    <main id="content" className="report-layout" tabIndex={-1}>
      <header className="report-header">
        <h1 dir="auto">{consultation.title}</h1>
        <p className="deadline">{t("consultations.deadline", { date: formatDeadline(consultation.deadline, locale, t) })}</p>
        {session && <ConnectionBadge status={session.status} />}
        <Link href={versionsPath(consultation.id)}>{t("versions.link")}</Link>
        <ExportPanel consultation={consultation} viewer={viewer} />
      </header>
      {session?.refusal && <p role="alert">{t("report.refused", { reason: session.refusal })}</p>}
      {!editable && <p className="notice">{t("report.readOnly")}</p>}
      {session && !session.refusal && <CollaborativeReport session={session} identity={identity} consultation={consultation} editable={editable} person={person} viewer={viewer} />}
    </main>
  );
}

interface CollaborativeReportProps {
  session: CollabSession;
  identity: Identity;
  consultation: Consultation;
  editable: boolean;
  person: Person;
  viewer: Viewer;
}

/** The report with the person's organisation's comments beside it. */
function CollaborativeReport({ session, identity, consultation, editable, person, viewer }: CollaborativeReportProps) {
  const { t } = useI18n();
  const people = usePresence(session.provider);
  const choice = useSubmissionChoice(consultation, viewer);
  const submissionSession = useCollabProvider(choice.documentName, `${consultation.createdAt}:${person.id}`);
  const submission = useMemo<SubmissionHandle | null>(
    () =>
      submissionSession && !submissionSession.refusal
        ? { doc: submissionSession.doc, awareness: submissionSession.provider.awareness, author: { id: person.id, name: person.name }, canWrite: choice.access === "write" }
        : null,
    [submissionSession, person.id, person.name, choice.access],
  );
  useEffect(() => {
    submission?.awareness.setLocalStateField("user", identity);
  }, [submission, identity]);
  const commenting = useCommenting(submission, consultation.numbering);
  const [sharedVersion, setSharedVersion] = useState(0);
  const shared = useSharedComments(consultation.id, submission !== null, sharedVersion);
  const partners = useMemo(() => shared.filter((placed) => placed.organisationId !== choice.selected?.id), [shared, choice.selected?.id]);
  const endorsements = useEndorsements(submission?.doc ?? null);
  const visible = useMemo(
    () => visibleComments(commenting.paragraphs, commenting.placement, commenting.filter, partners),
    [commenting.paragraphs, commenting.placement, commenting.filter, partners],
  );
  const coalition = useMemo(
    () => ({
      organisationNames: new Map(consultation.organisations.map((organisation) => [organisation.id, organisation.name])),
      ownOrganisationId: choice.selected?.id ?? "",
      endorsed: new Set(endorsements.map((endorsement) => `${endorsement.organisationId}/${endorsement.commentId}`)),
      backersOf: new Map(shared.filter((placed) => placed.organisationId === choice.selected?.id).map((placed) => [placed.comment.id, placed.endorsedBy])),
      // Our endorsement reaches the server through the document; ask again once it has.
      onEndorsementChange: () => setTimeout(() => setSharedVersion((version) => version + 1), 500),
    }),
    [consultation.organisations, choice.selected?.id, endorsements, shared],
  );

  return (
    <>
      <div className="report-bar">
        <PresenceList people={people} />
        {submission && choice.selected ? (
          <CommentTools
            commenting={commenting}
            submission={submission}
            order={visible.order}
            title={t("comments.submissionOf", { organisation: choice.selected.name })}
            picker={<OrganisationPicker choice={choice} />}
            partnerCount={partners.length}
          />
        ) : (
          choice.organisations.length === 0 && <p className="notice">{t("comments.noSubmission")}</p>
        )}
        {submission && <SubmissionTexts submission={submission} />}
      </div>
      <div className="report-columns">
        <div className="report-main">
          <ReportEditor
            session={session}
            identity={identity}
            numbering={consultation.numbering}
            editable={editable}
            extensions={commenting.extensions}
            onEditor={commenting.setEditor}
          />
        </div>
        <aside className="report-aside" aria-label={t("comments.heading")}>
          {submission && <CommentColumn commenting={commenting} submission={submission} visible={visible} coalition={coalition} />}
        </aside>
      </div>
    </>
  );
}

function OrganisationPicker({ choice }: { choice: SubmissionChoice }) {
  const { t } = useI18n();
  if (choice.organisations.length < 2) {
    return null;
  }
  return (
    <label className="organisation-picker">
      <span>{t("comments.chooseOrganisation")}</span>
      <select value={choice.selected?.id ?? ""} onChange={(event) => choice.select(event.target.value)}>
        {choice.organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </label>
  );
}
