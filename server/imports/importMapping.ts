import type { ImportMapping, ParagraphFate, ParagraphOutcome } from "../../shared/api/exports";
import type { OrganisationSubmission } from "../../shared/submission/coalition";

function counts(): Record<ParagraphOutcome, number> {
  return { kept: 0, reattached: 0, detached: 0 };
}

/**
 * What an import does to the comments: each comment follows its paragraph's fate. Comments
 * already detached before the import (their paragraph left earlier) are not counted.
 */
export function importMapping(fates: readonly ParagraphFate[], submissions: readonly OrganisationSubmission[]): ImportMapping {
  const fateById = new Map(fates.map((fate) => [fate.paragraphId, fate]));
  const mapping: ImportMapping = { paragraphs: counts(), comments: counts(), changes: [], affectedComments: [] };
  for (const fate of fates) {
    mapping.paragraphs[fate.outcome] += 1;
    if (fate.outcome !== "kept") {
      mapping.changes.push(fate);
    }
  }
  for (const { organisationId, comments } of submissions) {
    for (const comment of comments) {
      const fate = fateById.get(comment.paragraphId);
      if (!fate) {
        continue;
      }
      mapping.comments[fate.outcome] += 1;
      if (fate.outcome !== "kept") {
        mapping.affectedComments.push({ organisationId, commentId: comment.id, number: fate.number, newNumber: fate.newNumber, outcome: fate.outcome });
      }
    }
  }
  return mapping;
}
