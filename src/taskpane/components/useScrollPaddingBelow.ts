import * as React from "react";

/** Room between the header and an element scrolled to: a focus ring drawn outside the element shows whole. */
const RING_ROOM_PX = 8;

/**
 * Keeps the page's scroll padding at the height of the sticky header (and room for a focus ring),
 * so that an element focused or scrolled to stops below the header instead of under it with its
 * focus ring hidden. The header's height changes: the tabs wrap at 320 px, the progress bar comes
 * and goes.
 */
export function useScrollPaddingBelow(header: React.RefObject<HTMLElement>): void {
  React.useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const apply = () => {
      root.style.scrollPaddingTop = `${Math.ceil(element.getBoundingClientRect().height) + RING_ROOM_PX}px`;
    };
    apply();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = "";
    };
  }, [header]);
}
