import type { Finding } from "../../domain";
import type { FocusRequest } from "../session";

/** The id of a finding's button (CheckStep): where focus goes to reach that finding. */
export function findingElementId(f: Pick<Finding, "rule" | "sheet" | "cell" | "column">): string {
  return `stoplicht-finding-${encodeURIComponent(`${f.rule}|${f.sheet}|${f.cell}|${f.column ?? ""}`)}`;
}

/**
 * Where focus goes once a finding is accepted: the finding after it in its list, else (none left
 * after it) the heading of its group, else (the group is gone) the panel. Read from the pane as it
 * shows the finding now, before the acceptance moves it to the accepted group.
 */
export function focusAfterAccept(f: Finding): FocusRequest {
  const button = document.getElementById(findingElementId(f));
  const item = button?.closest("li");
  const next = item?.nextElementSibling?.querySelector<HTMLElement>("[id^='stoplicht-finding-']");
  const heading = item?.closest("section")?.querySelector<HTMLElement>("h2[id], h3[id]");
  return { ids: [next?.id, heading?.id].filter((id): id is string => !!id), orPanel: true };
}

/** Focuses the first of `ids` in the page, else `fallback`; false when neither is there. */
export function focusFirst(ids: readonly string[], fallback: HTMLElement | null): boolean {
  const target = ids.map((id) => document.getElementById(id)).find((e) => e !== null) ?? fallback;
  if (!target) return false;
  if (document.activeElement !== target) target.focus();
  return true;
}
