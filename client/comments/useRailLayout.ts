import { useLayoutEffect, type RefObject } from "react";

/** Space kept between two comment groups that would otherwise overlap. */
const GAP = 8;

/**
 * Keeps each comment group beside its paragraph: a group starts level with the paragraph it
 * answers and, when the group above is taller, just below that one. Runs again whenever the
 * report or any group changes size, and on every change of `version`.
 */
export function useRailLayout(rail: RefObject<HTMLElement | null>, reportText: HTMLElement | null, version: unknown): void {
  useLayoutEffect(() => {
    const railElement = rail.current;
    if (!railElement || !reportText) {
      return;
    }
    let frame = 0;
    const layout = () => {
      const origin = railElement.getBoundingClientRect().top;
      let bottom = 0;
      for (const group of railElement.querySelectorAll<HTMLElement>(":scope > [data-paragraph-id]")) {
        const paragraph = reportText.querySelector<HTMLElement>(`:scope > [data-id="${CSS.escape(group.dataset.paragraphId ?? "")}"]`);
        const wanted = paragraph ? paragraph.getBoundingClientRect().top - origin : bottom;
        const top = Math.max(wanted, bottom);
        group.style.insetBlockStart = `${Math.round(top)}px`;
        bottom = top + group.offsetHeight + GAP;
      }
      railElement.style.minBlockSize = `${Math.round(bottom)}px`;
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layout);
    };
    layout();
    const resize = new ResizeObserver(schedule);
    resize.observe(reportText);
    railElement.querySelectorAll(":scope > [data-paragraph-id]").forEach((group) => resize.observe(group));
    const mutations = new MutationObserver(schedule);
    mutations.observe(reportText, { childList: true, subtree: true, characterData: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener("resize", schedule);
    };
  }, [rail, reportText, version]);
}
