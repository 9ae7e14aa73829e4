import { useLayoutEffect, useRef } from "react";
import { ConnectionBadge } from "./ConnectionBadge";
import type { ConnectionStatus } from "./useCollabProvider";

/**
 * The connection state in a strip that sticks to the top of the window while the report scrolls,
 * so whoever is typing far down still sees whether their words are saved. Its height (which grows
 * when a long state wraps on a phone) is published on the page as `--connection-state-size`, so
 * the editor's toolbar sticks just below it instead of under it.
 */
export function StickyConnectionState({ status }: { status: ConnectionStatus }) {
  const strip = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = strip.current;
    const page = element?.parentElement;
    if (!element || !page) {
      return;
    }
    const publish = () => page.style.setProperty("--connection-state-size", `${element.getBoundingClientRect().height}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      page.style.removeProperty("--connection-state-size");
    };
  }, []);
  return (
    <div ref={strip} className="connection-state">
      <ConnectionBadge status={status} />
    </div>
  );
}
