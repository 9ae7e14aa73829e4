import { useMemo, useState } from "react";
import type { PlacedComment } from "../../shared/api/comments";
import type { Organisation } from "../../shared/api/consultations";
import type { Coalition } from "./CommentRail";
import type { SubmissionHandle } from "./SubmissionHandle";
import { useEndorsements } from "./useEndorsements";
import { useSharedComments } from "./useSharedComments";

/** What partners shared with the coalition, and what the rail needs to endorse it and show our backing. */
export function useCoalition(
  consultationId: string,
  organisations: readonly Organisation[],
  ownOrganisationId: string | null,
  submission: SubmissionHandle | null,
): { partners: PlacedComment[]; coalition: Coalition } {
  const [version, setVersion] = useState(0);
  const shared = useSharedComments(consultationId, submission !== null, version);
  const endorsements = useEndorsements(submission?.doc ?? null);
  const partners = useMemo(() => shared.filter((placed) => placed.organisationId !== ownOrganisationId), [shared, ownOrganisationId]);
  const coalition = useMemo<Coalition>(
    () => ({
      organisationNames: new Map(organisations.map((organisation) => [organisation.id, organisation.name])),
      ownOrganisationId: ownOrganisationId ?? "",
      endorsed: new Set(endorsements.map((endorsement) => `${endorsement.organisationId}/${endorsement.commentId}`)),
      backersOf: new Map(shared.filter((placed) => placed.organisationId === ownOrganisationId).map((placed) => [placed.comment.id, placed.endorsedBy])),
      // Our endorsement reaches the server through the document; ask again once it has.
      onEndorsementChange: () => setTimeout(() => setVersion((value) => value + 1), 500),
    }),
    [organisations, ownOrganisationId, endorsements, shared],
  );
  return { partners, coalition };
}
