import { useEffect, useState, type FormEvent } from "react";
import { PackageFormatId, type ExportJob } from "../../shared/api/exports";
import { cancelExport, exportFilePath, getExportJob, startExport } from "../api/exports";
import { describeError } from "../app/describeError";
import { Announcement, useAnnouncement } from "../components/Announcement";
import { useI18n } from "../i18n/useI18n";

const POLL_MS = 400;

/** The coordinator's coalition package: formats, Start, a progress bar with Cancel, then the ZIP. */
export function CoalitionExport({ consultationId }: { consultationId: string }) {
  const { t, locale } = useI18n();
  const [formats, setFormats] = useState<PackageFormatId[]>(["docx", "xlsx"]);
  const [discussion, setDiscussion] = useState(false);
  const [job, setJob] = useState<ExportJob | null>(null);
  const announcement = useAnnouncement();
  const { announce, fail } = announcement;
  const running = job?.state === "running";

  useEffect(() => {
    if (!job || job.state !== "running") {
      return;
    }
    const timer = setTimeout(() => {
      getExportJob(consultationId, job.id).then(
        (next) => {
          setJob(next);
          if (next.state === "done") {
            announce(t("exports.ready"));
          } else if (next.state === "failed") {
            fail(t("exports.failed", { message: next.error ?? "" }));
          }
        },
        (error: unknown) => {
          setJob(null);
          fail(describeError(error, t));
        },
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, consultationId, t, announce, fail]);

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (formats.length === 0) {
      fail(t("exports.noFormat"));
      return;
    }
    announcement.clear();
    startExport(consultationId, { formats, discussion, lang: locale }).then(setJob, (error: unknown) => fail(describeError(error, t)));
  };

  const cancel = () => {
    if (!job) {
      return;
    }
    cancelExport(consultationId, job.id).then(
      () => {
        setJob(null);
        announce(t("exports.cancelled"));
      },
      (error: unknown) => fail(describeError(error, t)),
    );
  };

  const toggle = (format: PackageFormatId, on: boolean) => setFormats((current) => (on ? [...current, format] : current.filter((other) => other !== format)));

  return (
    <form className="form export-form" onSubmit={start} aria-labelledby="coalition-export-heading">
      <h2 id="coalition-export-heading">{t("exports.coalitionHeading")}</h2>
      <fieldset disabled={running}>
        <legend>{t("exports.coalitionFormats")}</legend>
        {PackageFormatId.options.map((format) => (
          <label key={format} className="checkbox">
            <input type="checkbox" checked={formats.includes(format)} onChange={(event) => toggle(format, event.target.checked)} />
            {t(`exports.format.${format}`)}
          </label>
        ))}
        <label className="checkbox">
          <input type="checkbox" checked={discussion} onChange={(event) => setDiscussion(event.target.checked)} />
          {t("exports.includeDiscussion")}
        </label>
      </fieldset>
      <p className="notice">{t("exports.coalitionNote")}</p>
      {running ? (
        <div className="export-progress">
          <label>
            {t("exports.progress", { done: String(job.done), total: String(job.total) })}
            <progress value={job.done} max={job.total} />
          </label>
          <button type="button" onClick={cancel}>
            {t("exports.cancel")}
          </button>
        </div>
      ) : (
        <button type="submit" className="primary">
          {t("exports.start")}
        </button>
      )}
      {job?.state === "done" && job.fileName && (
        <a className="button" href={exportFilePath(consultationId, job.id)} download={job.fileName}>
          {t("exports.downloadZip", { fileName: job.fileName })}
        </a>
      )}
      <Announcement value={announcement.value} />
    </form>
  );
}
