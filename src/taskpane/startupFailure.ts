import { languageFromDisplay, strings } from "./i18n";

/**
 * Why the pane could not start: office.js never loaded, a host API failed while it was being set
 * up, or the pane failed to render outside the App's own error boundary.
 */
export type StartupProblem = "officeMissing" | "hostFailed" | "renderFailed";

/** The id of the message, so that a second failure does not add a second one. */
export const STARTUP_FAILURE_ID = "startup-failure";

/**
 * Shows why the pane could not start and what to do, in the user's language, in plain DOM: what
 * failed may be office.js, the host, React or Fluent, any of which a richer message would need.
 * The first problem is the one shown.
 */
export function showStartupFailure(
  problem: StartupProblem,
  displayLanguage: string | undefined,
  error?: unknown,
  doc: Document = document,
): void {
  if (doc.getElementById(STARTUP_FAILURE_ID)) return;
  const lang = languageFromDisplay(displayLanguage);
  const s = strings(lang).startup;
  const box = doc.createElement("div");
  box.id = STARTUP_FAILURE_ID;
  box.setAttribute("role", "alert");
  box.lang = lang;
  Object.assign(box.style, {
    padding: "12px 16px",
    fontFamily: '"Segoe UI", system-ui, sans-serif',
    fontSize: "14px",
    lineHeight: "1.4",
    color: "#242424",
    background: "#ffffff",
  });
  const line = (tag: "h1" | "p", text: string) => {
    const el = doc.createElement(tag);
    el.textContent = text;
    if (tag === "h1") el.style.fontSize = "18px";
    box.append(el);
  };
  line("h1", s.title);
  line("p", s[problem]);
  line("p", s[`${problem}Todo`]);
  if (error !== undefined) line("p", s.detail(error instanceof Error ? error.message : String(error)));
  const reload = doc.createElement("button");
  reload.type = "button";
  reload.textContent = s.reload;
  reload.addEventListener("click", () => doc.defaultView?.location.reload());
  box.append(reload);
  doc.body.prepend(box);
}
