import type { CommentKind, Stance } from "../../shared/submission/comment";
import type { Translate } from "../i18n/I18nProvider";

/** The position each kind already states: a support supports, a question asks, an amendment amends. */
const IMPLIED: Partial<Record<CommentKind, Stance>> = { support: "support", question: "question", amendment: "amend" };

/**
 * A comment's kind and position as chips show them. When the position says what the kind already
 * says ("Question Question", "Amendment Amend") it is shown once: `stance` is null.
 */
export function kindAndStance(kind: CommentKind, stance: Stance, t: Translate): { kind: string; stance: string | null } {
  const kindLabel = t(`kind.${kind}`);
  const stanceLabel = t(`stance.${stance}`);
  return { kind: kindLabel, stance: IMPLIED[kind] === stance || stanceLabel === kindLabel ? null : stanceLabel };
}

/** The same in one line of text: "Concern · Oppose", or "Question" alone. */
export function kindAndStanceText(kind: CommentKind, stance: Stance, t: Translate): string {
  const labels = kindAndStance(kind, stance, t);
  return labels.stance ? `${labels.kind} · ${labels.stance}` : labels.kind;
}
