import { useMemo } from "react";
import { CommentKind, CommentStatus, Priority, Stance } from "../../shared/submission/comment";
import type { Choice } from "../components/ChoiceSelect";
import { useI18n } from "../i18n/useI18n";

/** The kinds, positions, priorities and statuses of a comment as choices people read, in the interface's language. */
export function useCommentChoices() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      kinds: CommentKind.options.map((value): Choice<CommentKind> => ({ value, label: t(`kind.${value}`) })),
      stances: Stance.options.map((value): Choice<Stance> => ({ value, label: t(`stance.${value}`) })),
      priorities: Priority.options.map((value): Choice<Priority> => ({ value, label: t(`priority.${value}`) })),
      statuses: CommentStatus.options.map((value): Choice<CommentStatus> => ({ value, label: t(`commentStatus.${value}`) })),
      all: { value: "all" as const, label: t("comments.filterAll") },
    }),
    [t],
  );
}
