import { apiPath, ApiRoutes } from "../../shared/api/routes";
import { getReceipt } from "../api/submissions";
import { useApi } from "../api/useApi";
import { reportPath } from "../app/router";
import { Link } from "../components/Link";
import { LOCALES } from "../i18n/locales";
import { useI18n } from "../i18n/useI18n";
import "./submissions.css";
import { usePageTitle } from "../app/usePageTitle";

interface ReceiptPageProps {
  consultationId: string;
  organisationId: string;
  submissionId: number;
}

/** Proof of a submission: what was sent, when, by whom, and the SHA-256 of every frozen file. */
export function ReceiptPage({ consultationId, organisationId, submissionId }: ReceiptPageProps) {
  const { t, locale } = useI18n();
  const receipt = useApi(`receipt:${consultationId}:${organisationId}:${submissionId}`, () => getReceipt(consultationId, organisationId, submissionId));
  usePageTitle(t("receipt.heading"), receipt.status === "done" ? receipt.data.consultation.title : null);
  if (receipt.status === "loading") {
    return (
      <main id="content" className="page" tabIndex={-1}>
        <p role="status">{t("report.loading")}</p>
      </main>
    );
  }
  if (receipt.status === "failed") {
    return (
      <main id="content" className="page" tabIndex={-1}>
        <p role="alert">{t("receipt.failed", { message: receipt.error.message })}</p>
      </main>
    );
  }
  const { data } = receipt;
  const json = apiPath(ApiRoutes.receipt, { id: consultationId, organisationId, submissionId: String(submissionId) });
  return (
    <main id="content" className="page receipt" tabIndex={-1}>
      <h1>{t("receipt.heading")}</h1>
      {!data.official && <p className="notice">{t("receipt.superseded")}</p>}
      <dl>
        <dt>{t("receipt.consultation")}</dt>
        <dd dir="auto">
          <Link href={reportPath(consultationId)}>{data.consultation.title}</Link>
        </dd>
        <dt>{t("receipt.organisation")}</dt>
        <dd dir="auto">{data.organisation.name}</dd>
        <dt>{t("receipt.submittedAt")}</dt>
        <dd>
          <time dateTime={data.submittedAt}>{new Date(data.submittedAt).toLocaleString(locale, { dateStyle: "full", timeStyle: "long" })}</time>
        </dd>
        <dt>{t("receipt.submittedBy")}</dt>
        <dd dir="auto">{data.submittedBy.name ?? "—"}</dd>
        <dt>{t("receipt.stateHash")}</dt>
        <dd>
          <code className="hash">{data.stateSha256}</code>
        </dd>
        <dt>{t("receipt.language")}</dt>
        <dd lang={data.language}>{LOCALES[data.language].label}</dd>
      </dl>
      <table>
        <caption>{t("receipt.files")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("receipt.format")}</th>
            <th scope="col">{t("receipt.sha256")}</th>
            <th scope="col">{t("receipt.size")}</th>
          </tr>
        </thead>
        <tbody>
          {data.files.map((file) => (
            <tr key={file.format}>
              <th scope="row">
                <a href={file.path} download>
                  {file.format.toUpperCase()}
                </a>
              </th>
              <td>
                <code className="hash">{file.sha256}</code>
              </td>
              <td>{new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }).format(file.size / 1024)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={json} download={`receipt-${consultationId}-${organisationId}-${submissionId}.json`}>
          {t("receipt.download")}
        </a>
      </p>
    </main>
  );
}
