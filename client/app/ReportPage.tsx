import { useEffect, useMemo } from "react";
import type { Consultation } from "../../shared/api/consultations";
import type { Person } from "../../shared/api/people";
import { CloseCode } from "../../shared/collab/closeCodes";
import { parseDocumentName } from "../../shared/collab/documentNames";
import { can, documentAccess, type Viewer } from "../../shared/permissions";
import { StickyConnectionState } from "../collab/StickyConnectionState";
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
import { useCoalition } from "../comments/useCoalition";
import { SubmissionTexts } from "../comments/SubmissionTexts";
import { Countdown, DeadlineBanner } from "../deadlines/Countdown";
import { useConsultationStatus, type ConsultationStatusState } from "../deadlines/useConsultationStatus";
import { useServerNow } from "../deadlines/useServerNow";
import { SubmissionPanel } from "../submissions/SubmissionPanel";
import { useDocumentLock } from "../submissions/useDocumentLock";
import { useSubmissionChoice, type SubmissionChoice } from "../comments/useSubmissionChoice";
import { ReportEditor } from "../editor/ReportEditor";
import { useI18n } from "../i18n/useI18n";
import { Link } from "../components/Link";
import { ExportPanel } from "../exports/ExportPanel";
import { dashboardPath, overviewPath, versionsPath } from "./router";
import { usePageTitle } from "./usePageTitle";
import { useLostWriting } from "./useLostWriting";
import { useRegainedAccess } from "./useRegainedAccess";
import { useSession } from "./useSession";

/** A consultation's draft report, open for co-editing. */
export function ReportPage({ consultationId, person, viewer }: { consultationId: string; person: Person; viewer: Viewer }) {
  const { t } = useI18n();
  const consultation = useApi(`consultation:${consultationId}`, () => getConsultation(consultationId));
  usePageTitle(consultation.status === "done" ? consultation.data.title : null);
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
  const { t } = useI18n();
  const { refresh } = useSession();
  const identity = useMemo<Identity>(() => ({ name: person.name, color: colorFor(person.id) }), [person.name, person.id]);
  const document = useMemo(() => parseDocumentName(consultation.reportDocument), [consultation.reportDocument]);
  const access = document ? documentAccess(viewer, document) : "none";
  const session = useCollabProvider(consultation.reportDocument, `${consultation.createdAt}:${person.id}`, {
    access: access === "write" ? "write" : "read",
    keepLocalCopy: access === "write",
    onAccessChanged: refresh,
  });
  useRegainedAccess(session, document, refresh);
  const editable = access === "write" && !session?.accessChanged;
  const lostWriting = useLostWriting(access === "write");
  const statusState = useConsultationStatus(consultation.id);
  const now = useServerNow(statusState.clockOffset);
  const live: LiveStatus = { status: statusState.data, now, reload: statusState.refresh };
  const refused = session?.refusal ? session : null;

  return (
    <main id="content" className="report-layout" tabIndex={-1}>
      <DeadlineBanner deadline={live.status?.deadline ?? consultation.deadline} now={live.now} closed={live.status?.state === "closed"} />
      <header className="report-header">
        <h1 dir="auto">{consultation.title}</h1>
        <Countdown deadline={live.status?.deadline ?? consultation.deadline} now={live.now} kind="external" closed={live.status?.state === "closed"} />
        {live.status?.internalDeadline && <Countdown deadline={live.status.internalDeadline} now={live.now} kind="internal" />}
        <div className="report-header-row">
          <Link href={versionsPath(consultation.id)}>{t("versions.link")}</Link>
          {can(viewer, "submissions.overview") && <Link href={overviewPath(consultation.id)}>{t("overview.link")}</Link>}
          {can(viewer, "submissions.overview") && <Link href={dashboardPath(consultation.id)}>{t("dashboard.link")}</Link>}
        </div>
        {!refused && <ExportPanel consultation={consultation} viewer={viewer} />}
      </header>
      {session && !refused && <StickyConnectionState status={session.status} />}
      {refused ? (
        <p role="alert" className="notice">
          {refused.refusalCode === CloseCode.forbidden ? t("report.accessRemoved") : t("report.refused", { reason: refused.refusal ?? "" })}
        </p>
      ) : session?.accessChanged ? null : lostWriting ? (
        <p role="status" className="notice">
          {t("report.writeAccessLost")}
        </p>
      ) : (
        !editable && <p className="notice">{t("report.readOnly")}</p>
      )}
      {session && !refused && (
        <CollaborativeReport session={session} identity={identity} consultation={consultation} editable={editable} person={person} viewer={viewer} live={live} />
      )}
    </main>
  );
}

/** The consultation's status as the report page uses it: the answer, the server's time, and a way to read it again. */
interface LiveStatus {
  status: ConsultationStatusState["data"];
  now: Date;
  reload: () => void;
}

interface CollaborativeReportProps {
  session: CollabSession;
  identity: Identity;
  consultation: Consultation;
  editable: boolean;
  person: Person;
  viewer: Viewer;
  live: LiveStatus;
}

/** The report with the person's organisation's comments beside it. */
function CollaborativeReport({ session, identity, consultation, editable, person, viewer, live }: CollaborativeReportProps) {
  const { t } = useI18n();
  const people = usePresence(session.provider);
  const choice = useSubmissionChoice(consultation, viewer);
  // The server's word on the lock (not the live one in awareness, which a reopened session lacks at first).
  const lockedByServer = live.status?.organisations.find((entry) => entry.organisation.id === choice.selected?.id)?.locked ?? false;
  const { refresh } = useSession();
  const submissionSession = useCollabProvider(choice.documentName, `${consultation.createdAt}:${person.id}`, {
    access: choice.access === "write" ? "write" : "read",
    keepLocalCopy: choice.access === "write" && !lockedByServer,
    onAccessChanged: refresh,
  });
  const submissionDocument = useMemo(() => (choice.documentName ? parseDocumentName(choice.documentName) : null), [choice.documentName]);
  useRegainedAccess(submissionSession, submissionDocument, refresh);
  const lock = useDocumentLock(submissionSession?.notices ?? null);
  const submission = useMemo<SubmissionHandle | null>(
    () =>
      submissionSession && !submissionSession.refusal
        ? {
            doc: submissionSession.doc,
            awareness: submissionSession.provider.awareness,
            author: { id: person.id, name: person.name },
            canWrite: choice.access === "write" && lock === null && !submissionSession.accessChanged,
            limits: consultation.limits,
          }
        : null,
    [submissionSession, person.id, person.name, choice.access, lock, consultation.limits],
  );
  const { reload } = live;
  // A lock arrives live over the sync connection; the deadlines and states follow from the server.
  useEffect(() => {
    if (lock) {
      reload();
    }
  }, [lock, reload]);
  const organisationStatus = live.status?.organisations.find((entry) => entry.organisation.id === choice.selected?.id) ?? null;
  useEffect(() => {
    submission?.awareness.setLocalStateField("user", identity);
  }, [submission, identity]);
  const commenting = useCommenting(submission, consultation.numbering);
  const { partners, coalition } = useCoalition(consultation.id, consultation.organisations, choice.selected?.id ?? null, submission);
  const visible = useMemo(
    () => visibleComments(commenting.paragraphs, commenting.placement, commenting.filter, partners),
    [commenting.paragraphs, commenting.placement, commenting.filter, partners],
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
        {organisationStatus && (
          <SubmissionPanel consultationId={consultation.id} status={organisationStatus} viewer={viewer} locked={lock !== null || organisationStatus.locked} now={live.now} onChange={live.reload} />
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
