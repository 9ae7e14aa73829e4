import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { SubmissionComment } from "../../shared/submission/comment";
import { commentsMap, readComments } from "../../shared/submission/submissionDoc";

/** Every comment of a submission document, re-read (at most once a frame) whenever any of them changes. */
export function useComments(doc: Y.Doc | null): SubmissionComment[] {
  const [comments, setComments] = useState<SubmissionComment[]>(() => (doc ? readComments(doc) : []));
  useEffect(() => {
    if (!doc) {
      setComments([]);
      return;
    }
    let frame = 0;
    const refresh = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setComments(readComments(doc)));
    };
    const map = commentsMap(doc);
    setComments(readComments(doc));
    map.observeDeep(refresh);
    return () => {
      cancelAnimationFrame(frame);
      map.unobserveDeep(refresh);
    };
  }, [doc]);
  return comments;
}
