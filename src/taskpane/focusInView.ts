/**
 * The attribute that marks what a panel focuses first when it opens (the check's verdict): set on
 * an element with tabIndex -1, so focus lands on what the user should read, not on the panel.
 */
export const AUTOFOCUS = "data-autofocus";

/** Space left between the sticky header and what is focused, in CSS pixels. */
const GAP = 8;

/**
 * Focuses what a panel marks with AUTOFOCUS, else the panel, and scrolls only as far as it takes to
 * show it whole below the pane's sticky header: the browser's own scroll on focus puts an element at
 * the top of the viewport, under the header (at 450 px it hid the check's summary 81 px deep).
 */
export function focusInView(panel: HTMLElement): void {
  const target = panel.querySelector<HTMLElement>(`[${AUTOFOCUS}]`) ?? panel;
  target.focus({ preventScroll: true });
  const header = panel.closest("main")?.querySelector("header");
  const below = header ? header.getBoundingClientRect().bottom : 0;
  const rect = target.getBoundingClientRect();
  const view = target.ownerDocument.defaultView;
  // Nothing laid out (a panel not shown yet) has nowhere to be scrolled to.
  if (!view || (rect.width === 0 && rect.height === 0)) return;
  if (rect.top < below + GAP) view.scrollBy({ top: rect.top - below - GAP });
  else if (rect.bottom > view.innerHeight && target !== panel)
    view.scrollBy({ top: Math.min(rect.bottom - view.innerHeight + GAP, rect.top - below - GAP) });
}
