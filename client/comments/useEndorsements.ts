import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { ENDORSEMENTS_FIELD, readEndorsements, type Endorsement } from "../../shared/submission/endorsements";

/** The endorsements the open submission's organisation has made, live. */
export function useEndorsements(doc: Y.Doc | null): Endorsement[] {
  const [endorsements, setEndorsements] = useState<Endorsement[]>(() => (doc ? readEndorsements(doc) : []));
  useEffect(() => {
    if (!doc) {
      setEndorsements([]);
      return;
    }
    const map = doc.getMap(ENDORSEMENTS_FIELD);
    const update = () => setEndorsements(readEndorsements(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return endorsements;
}
