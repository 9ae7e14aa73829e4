import { useState } from "react";
import type { Consultation } from "../../shared/api/consultations";
import { ConnectionBadge } from "../collab/ConnectionBadge";
import { useIdentity, type Identity } from "../collab/identity";
import { NameDialog } from "../collab/NameDialog";
import { PresenceList } from "../collab/PresenceList";
import { useCollabProvider, type CollabSession } from "../collab/useCollabProvider";
import { usePresence } from "../collab/usePresence";
import { getConsultation } from "../api/consultations";
import { useApi } from "../api/useApi";
import { ReportEditor } from "../editor/ReportEditor";
import { formatDeadline } from "../i18n/formatDeadline";
import { useI18n } from "../i18n/useI18n";

/** A consultation's draft report, open for co-editing. */
export function ReportPage({ consultationId }: { consultationId: string }) {
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
  return <ReportWorkspace consultation={consultation.data} />;
}

function ReportWorkspace({ consultation }: { consultation: Consultation }) {
  const { t, locale } = useI18n();
  const [identity, setName] = useIdentity();
  const [renaming, setRenaming] = useState(false);
  const session = useCollabProvider(consultation.reportDocument, consultation.createdAt);

  return (
    <main id="content" className="report-layout" tabIndex={-1}>
      <header className="report-header">
        <h1 dir="auto">{consultation.title}</h1>
        <p className="deadline">{t("consultations.deadline", { date: formatDeadline(consultation.deadline, locale, t) })}</p>
        {session && <ConnectionBadge status={session.status} />}
      </header>
      {session?.refusal && <p role="alert">{t("report.refused", { reason: session.refusal })}</p>}
      {(!identity || renaming) && (
        <NameDialog
          initialName={identity?.name ?? ""}
          onCancel={identity ? () => setRenaming(false) : null}
          onSubmit={(name) => {
            setName(name);
            setRenaming(false);
          }}
        />
      )}
      {session && identity && !session.refusal && (
        <CollaborativeReport session={session} identity={identity} consultation={consultation} onChangeName={() => setRenaming(true)} />
      )}
    </main>
  );
}

interface CollaborativeReportProps {
  session: CollabSession;
  identity: Identity;
  consultation: Consultation;
  onChangeName: () => void;
}

function CollaborativeReport({ session, identity, consultation, onChangeName }: CollaborativeReportProps) {
  const people = usePresence(session.provider);
  return (
    <div className="report-columns">
      <div className="report-main">
        <ReportEditor session={session} identity={identity} numbering={consultation.numbering} />
      </div>
      <aside className="report-aside">
        <PresenceList people={people} onChangeName={onChangeName} />
      </aside>
    </div>
  );
}
