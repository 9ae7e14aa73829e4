import type { OrganisationStatus } from "../../shared/api/submissions";
import { getReceipt } from "../api/submissions";
import { useApi } from "../api/useApi";
import { receiptPath } from "../app/router";
import { Link } from "../components/Link";
import { useI18n } from "../i18n/useI18n";

/** The official submission's receipt and each file frozen with it; the receipt names the files. */
export function SubmissionFiles({ consultationId, status }: { consultationId: string; status: OrganisationStatus }) {
  const { t } = useI18n();
  const official = status.official;
  const organisationId = status.organisation.id;
  const receipt = useApi(`receipt:${consultationId}:${organisationId}:${official?.id ?? "none"}`, () =>
    official ? getReceipt(consultationId, organisationId, official.id) : Promise.resolve(null),
  );
  if (!official) {
    return <span className="muted">{t("dashboard.none")}</span>;
  }
  const organisation = status.organisation.name;
  return (
    <ul className="dashboard-files">
      <li>
        <Link href={receiptPath(consultationId, organisationId, official.id)} aria-label={t("dashboard.receiptOf", { organisation })}>
          {t("dashboard.receipt")}
        </Link>
      </li>
      {receipt.status === "done" &&
        receipt.data?.files.map((file) => (
          <li key={file.format}>
            <a href={file.path} download aria-label={t("dashboard.fileOf", { format: file.format.toUpperCase(), organisation })}>
              {file.format.toUpperCase()}
            </a>
          </li>
        ))}
    </ul>
  );
}
