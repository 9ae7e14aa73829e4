import type { AnyExtension, Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { NumberingScheme, Paragraph } from "../../shared/paragraphs";
import { placeComments, type CommentPlacement } from "../../shared/submission/anchors";
import type { QuotedSpan, SubmissionComment } from "../../shared/submission/comment";
import { rememberParagraph } from "../../shared/submission/submissionDoc";
import { useI18n } from "../i18n/useI18n";
import { NO_FILTER, type CommentFilter } from "./commentFilter";
import { CommentAnchors, commentAnchorsKey, type AnchorData } from "./CommentAnchors";
import { commentTarget } from "./commentTarget";
import { ReadOnlyCaret } from "./ReadOnlyCaret";
import type { SubmissionHandle } from "./SubmissionHandle";
import { useComments } from "./useComments";
import { useEditorParagraphs } from "./useEditorParagraphs";

/** A comment being started: on which paragraph and words. */
export interface Draft {
  paragraphId: string;
  quote: QuotedSpan | null;
  /** What had the keyboard when it was started, to have it back if the comment is not made. */
  returnFocus?: HTMLElement | null;
}

export interface Commenting {
  /** Extensions the report editor needs: margin buttons and quote highlights. */
  extensions: readonly AnyExtension[];
  setEditor: (editor: Editor | null) => void;
  editor: Editor | null;
  comments: SubmissionComment[];
  paragraphs: Paragraph[];
  placement: CommentPlacement;
  draft: Draft | null;
  setDraft: (draft: Draft | null) => void;
  /** Starts a comment on the report's selection, or on a given paragraph. */
  startComment: (paragraphId?: string) => void;
  focusCommentId: string | null;
  setFocusCommentId: (id: string | null) => void;
  filter: CommentFilter;
  setFilter: (filter: CommentFilter) => void;
}

/** How long a changed paragraph number waits before it is remembered on the comments that cite it. */
const REMEMBER_DELAY_MS = 2000;

/** Share of the window left above a paragraph brought into view with its comment. */
const REVEAL_MARGIN = 0.2;

/**
 * Brings a comment in the rail into view and, unless told not to, moves the focus to it. The focus
 * comes first: the rail then sets the card's group level with its paragraph (`useRailLayout`), so
 * scrolling the paragraph near the top of the window shows both. Where the rail sits below the
 * report (narrow screens) the card alone is brought to the middle.
 */
export function showComment(id: string, { focus = true } = {}): void {
  const card = document.querySelector<HTMLElement>(`.comment-card[data-comment-id="${CSS.escape(id)}"]`);
  if (!card) {
    return;
  }
  if (focus) {
    card.focus({ preventScroll: true });
  }
  const group = card.closest<HTMLElement>(".comment-rail > [data-paragraph-id]");
  const paragraph = group && document.querySelector<HTMLElement>(`.report-text > [data-id="${CSS.escape(group.dataset.paragraphId ?? "")}"]`);
  if (group && paragraph && getComputedStyle(group).position === "absolute") {
    window.scrollBy({ top: paragraph.getBoundingClientRect().top - window.innerHeight * REVEAL_MARGIN, behavior: "smooth" });
  } else {
    card.scrollIntoView({ block: "center", behavior: "smooth" });
  }
}

/** The paragraph whose margin button or comment group has the keyboard, if one has. */
function focusedParagraph(active: HTMLElement | null): string | null {
  return active?.closest<HTMLElement>(".comment-badge[data-paragraph-id], .comment-rail > [data-paragraph-id]")?.dataset.paragraphId ?? null;
}

/** Whether the browser's selection (a caret or words) lies in the report text. */
function selectionInReport(editor: Editor): boolean {
  const selection = document.getSelection();
  return Boolean(selection && selection.rangeCount > 0 && editor.view.dom.contains(selection.anchorNode));
}

/** The first numbered paragraph whose top is in the window: what the person is reading. */
function firstParagraphInView(editor: Editor): string | null {
  const badges = [...editor.view.dom.querySelectorAll<HTMLElement>(".comment-badge[data-paragraph-id]")];
  return badges.find((badge) => badge.getBoundingClientRect().top >= 0)?.dataset.paragraphId ?? null;
}

/**
 * Gives the keyboard back after a comment was not made: to what had it before, when it is still
 * on the page, else to the paragraph's margin button; never to the page's body.
 */
export function restoreFocus(draft: Draft): void {
  requestAnimationFrame(() => {
    const badge = document.querySelector<HTMLElement>(`.comment-badge[data-paragraph-id="${CSS.escape(draft.paragraphId)}"]`);
    const before = draft.returnFocus?.isConnected ? draft.returnFocus : null;
    (before ?? badge)?.focus();
  });
}

/** Moves the focus to a comment once it shows in the rail (as after re-attaching it), for up to a second. */
export function showCommentOnceShown(id: string): void {
  let frames = 60;
  const look = () => {
    if (document.querySelector(`.comment-rail .comment-card[data-comment-id="${CSS.escape(id)}"]`)) {
      showComment(id);
    } else if (frames-- > 0) {
      requestAnimationFrame(look);
    }
  };
  requestAnimationFrame(look);
}

/** Everything the report page needs to comment: the comments, where they sit, and starting new ones. */
export function useCommenting(submission: SubmissionHandle | null, scheme: NumberingScheme): Commenting {
  const { t } = useI18n();
  const [editor, setEditor] = useState<Editor | null>(null);
  const comments = useComments(submission?.doc ?? null);
  const paragraphs = useEditorParagraphs(editor, scheme);
  const placement = useMemo(() => placeComments(comments, paragraphs), [comments, paragraphs]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [focusCommentId, setFocusCommentId] = useState<string | null>(null);
  const [filter, setFilter] = useState<CommentFilter>(NO_FILTER);

  const startComment = useCallback(
    (paragraphId?: string) => {
      if (!submission?.canWrite || !editor) {
        return;
      }
      const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      const given = paragraphId ?? focusedParagraph(active);
      // The report's selection counts when it holds words or the browser's selection lies in the text
      // (a caret placed there); an untouched report's caret at its very start does not.
      const target = given || (editor.state.selection.empty && !selectionInReport(editor)) ? null : commentTarget(editor, scheme);
      const chosen = given ?? target?.paragraph.id ?? firstParagraphInView(editor) ?? paragraphs[0]?.id;
      if (chosen) {
        setDraft({ paragraphId: chosen, quote: target?.quote ?? null, returnFocus: active });
      }
    },
    [submission?.canWrite, editor, scheme, paragraphs],
  );

  // The editor's plugin reads these through refs, so the editor is never rebuilt for a new comment.
  const anchors = useRef<AnchorData>({ counts: new Map(), quotes: [] });
  const onButton = useRef<(paragraphId: string) => void>(() => undefined);
  const translate = useRef(t);
  useEffect(() => {
    translate.current = t;
    onButton.current = (paragraphId) => {
      const first = placement.attached.get(paragraphId)?.[0];
      if (first) {
        showComment(first.id);
      } else {
        startComment(paragraphId);
      }
    };
  }, [t, placement, startComment]);

  useEffect(() => {
    const quotes = [...placement.attached.values()].flat().flatMap((comment) => (comment.quote ? [{ commentId: comment.id, paragraphId: comment.paragraphId, quote: comment.quote }] : []));
    anchors.current = { counts: new Map([...placement.attached].map(([id, list]) => [id, list.length])), quotes };
    if (editor && !editor.isDestroyed) {
      editor.view.dispatch(editor.state.tr.setMeta(commentAnchorsKey, true));
    }
  }, [placement, editor]);

  const extensions = useMemo(
    () =>
      submission
        ? [
            ReadOnlyCaret,
            CommentAnchors.configure({
              scheme,
              getAnchors: () => anchors.current,
              onParagraphButton: (paragraphId) => onButton.current(paragraphId),
              buttonLabel: (count, number) =>
                count > 0 ? translate.current("comments.badgeCount", { count, number }) : translate.current("comments.badgeAdd", { number }),
            }),
          ]
        : [],
    // The editor is rebuilt only when commenting starts or stops, not for each comment.
    [Boolean(submission), scheme], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // Comments keep the number their paragraph had when last seen, for when it is deleted: at
  // once when it goes (from the numbers this page saw), else a moment after a renumbering.
  const lastNumbers = useRef(new Map<string, string>());
  useEffect(() => {
    if (!submission?.canWrite) {
      return;
    }
    const numbers = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.number]));
    for (const comment of placement.detached) {
      const last = lastNumbers.current.get(comment.id);
      if (last) {
        rememberParagraph(submission.doc, comment.id, { number: last });
        lastNumbers.current.delete(comment.id);
      }
    }
    for (const comment of comments) {
      const number = numbers.get(comment.paragraphId);
      if (number) {
        lastNumbers.current.set(comment.id, number);
      }
    }
    const timer = setTimeout(() => {
      for (const comment of comments) {
        const number = numbers.get(comment.paragraphId);
        if (number && number !== comment.paragraphNumber) {
          rememberParagraph(submission.doc, comment.id, { number });
        }
      }
    }, REMEMBER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [submission, comments, paragraphs, placement]);

  return { extensions, setEditor, editor, comments, paragraphs, placement, draft, setDraft, startComment, focusCommentId, setFocusCommentId, filter, setFilter };
}
