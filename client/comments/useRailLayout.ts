import { useLayoutEffect, useRef, type RefObject } from "react";

/** Space kept between two comment groups that would otherwise overlap. */
const GAP = 8;

/**
 * Where each group goes, given where its paragraph starts (`wanted`, null when it has none) and its
 * height. Without an anchor a group starts level with its paragraph, or just below the group above
 * when that one is taller. With one, the anchor (the group the person is working in) sits level
 * with its paragraph: the groups above make room by moving up, as far as the rail's top allows,
 * and the groups below follow it down.
 */
export function railTops(wanted: readonly (number | null)[], heights: readonly number[], anchor: number): number[] {
  const tops = wanted.map((top) => top ?? 0);
  if (anchor >= 0) {
    tops[anchor] = Math.max(wanted[anchor] ?? 0, 0);
    for (let index = anchor - 1; index >= 0; index--) {
      tops[index] = Math.min(wanted[index] ?? tops[index + 1]!, tops[index + 1]! - heights[index]! - GAP);
    }
  }
  let floor = 0;
  return tops.map((top, index) => {
    const placed = Math.max(index <= anchor ? top : (wanted[index] ?? floor), floor);
    floor = placed + heights[index]! + GAP;
    return placed;
  });
}

/**
 * Keeps each comment group beside its paragraph (see `railTops`); the group holding the focus is the
 * anchor, so a card one moves to (by its paragraph's badge, Next comment, or typing in it) is level
 * with its paragraph however many cards sit above. Runs again whenever the report or any group
 * changes size, the focus moves into another group, and on every change of `version`.
 */
export function useRailLayout(rail: RefObject<HTMLElement | null>, reportText: HTMLElement | null, version: unknown): void {
  const anchor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const railElement = rail.current;
    if (!railElement || !reportText) {
      return;
    }
    let frame = 0;
    const layout = () => {
      const origin = railElement.getBoundingClientRect().top;
      const groups = [...railElement.querySelectorAll<HTMLElement>(":scope > [data-paragraph-id]")];
      const wanted = groups.map((group) => {
        const paragraph = reportText.querySelector<HTMLElement>(`:scope > [data-id="${CSS.escape(group.dataset.paragraphId ?? "")}"]`);
        return paragraph ? paragraph.getBoundingClientRect().top - origin : null;
      });
      const heights = groups.map((group) => group.offsetHeight);
      const tops = railTops(wanted, heights, groups.findIndex((group) => group.dataset.paragraphId === anchor.current));
      groups.forEach((group, index) => {
        group.style.insetBlockStart = `${Math.round(tops[index]!)}px`;
      });
      const last = groups.length - 1;
      railElement.style.minBlockSize = last < 0 ? "0px" : `${Math.round(tops[last]! + heights[last]! + GAP)}px`;
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layout);
    };
    // Laid out at once, not in the next frame, so whoever moved the focus can scroll to the result.
    const onFocus = (event: FocusEvent) => {
      const group = (event.target as Element | null)?.closest<HTMLElement>(".comment-rail > [data-paragraph-id]");
      if (group && group.dataset.paragraphId !== anchor.current) {
        anchor.current = group.dataset.paragraphId ?? null;
        layout();
      }
    };
    layout();
    const resize = new ResizeObserver(schedule);
    resize.observe(reportText);
    railElement.querySelectorAll(":scope > [data-paragraph-id]").forEach((group) => resize.observe(group));
    const mutations = new MutationObserver(schedule);
    mutations.observe(reportText, { childList: true, subtree: true, characterData: true });
    window.addEventListener("resize", schedule);
    railElement.addEventListener("focusin", onFocus);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener("resize", schedule);
      railElement.removeEventListener("focusin", onFocus);
    };
  }, [rail, reportText, version]);
}
