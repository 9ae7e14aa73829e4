import { useMemo } from "react";
import type { DiffComments } from "../../shared/api/diffs";
import { kindAndStanceText } from "../comments/kindAndStance";
import { useI18n } from "../i18n/useI18n";
import { fateLabel, uptakeLabel } from "./outcomeLabels";
import { uptakeCsv } from "./uptakeCsv";

interface UptakeTableProps {
  data: DiffComments;
  /** Coordinators may look at another organisation's comments. */
  onOrganisation(organisationId: string): void;
}

/** "Our comments × what happened to them": one row per comment, with its paragraph's fate and its amendment's uptake. */
export function UptakeTable({ data, onOrganisation }: UptakeTableProps) {
  const { t } = useI18n();
  const byId = useMemo(() => new Map(data.comments.map((comment) => [comment.id, comment])), [data]);
  const organisation = data.organisation.name;
  const download = () => {
    const headers = [t("uptake.oldNumber"), t("uptake.newNumber"), t("comments.kind"), t("comments.stance"), t("uptake.happened"), t("uptake.uptake"), t("uptake.comment"), t("ourComments.proposed")];
    const csv = uptakeCsv(data, headers, (outcome) => {
      const comment = byId.get(outcome.commentId);
      return [comment ? t(`kind.${comment.kind}`) : "", comment ? t(`stance.${comment.stance}`) : "", fateLabel(outcome, t), uptakeLabel(outcome, t)];
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: "text/csv;charset=utf-8" }));
    link.download = `uptake-${data.organisation.id}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section className="uptake" aria-labelledby="uptake-heading">
      <h3 id="uptake-heading" dir="auto">
        {t("uptake.heading", { organisation })}
      </h3>
      <div className="uptake-controls">
        {data.choices.length > 1 && (
          <label>
            {t("uptake.organisation")}
            <select value={data.organisation.id} onChange={(event) => onOrganisation(event.target.value)}>
              {data.choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {data.outcomes.length > 0 && (
          <button type="button" onClick={download}>
            {t("uptake.csv")}
          </button>
        )}
      </div>
      {data.outcomes.length === 0 ? (
        <p>{t("uptake.none", { organisation })}</p>
      ) : (
        <table className="uptake-table">
          <thead>
            <tr>
              <th scope="col">{t("uptake.paragraph")}</th>
              <th scope="col">{t("uptake.comment")}</th>
              <th scope="col">{t("uptake.happened")}</th>
              <th scope="col">{t("uptake.uptake")}</th>
            </tr>
          </thead>
          <tbody>
            {data.outcomes.map((outcome) => {
              const comment = byId.get(outcome.commentId);
              const numbers =
                outcome.oldNumber && outcome.newNumber && outcome.oldNumber !== outcome.newNumber
                  ? t("uptake.renumbered", { old: outcome.oldNumber, new: outcome.newNumber })
                  : (outcome.newNumber ?? outcome.oldNumber ?? comment?.paragraphNumber ?? "");
              return (
                <tr key={outcome.commentId} data-comment-id={outcome.commentId} data-fate={outcome.fate}>
                  <th scope="row">{numbers}</th>
                  <td>
                    {comment && kindAndStanceText(comment.kind, comment.stance, t)}
                    {comment?.bodyText && (
                      <span className="uptake-excerpt" dir="auto">
                        {comment.bodyText}
                      </span>
                    )}
                  </td>
                  <td>{fateLabel(outcome, t)}</td>
                  <td data-uptake={outcome.uptake?.status ?? "none"}>{uptakeLabel(outcome, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
