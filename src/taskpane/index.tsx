/**
 * The pane's entry: the only module that waits for Office and mounts FluentProvider.
 * Everything below receives the workbook and the engine as props. Whatever fails before the pane
 * draws (office.js blocked, a host API that throws, a render error outside the App's own
 * boundary) is shown as a plain message, never as an empty pane.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { StartupBoundary } from "./components/StartupBoundary";
import { workerEngine } from "./engine";
import { officeWorkbook } from "./officeWorkbook";
import { showStartupFailure } from "./startupFailure";

/** webpack's compilation hash: a new build never runs next to a cached old worker. */
declare const __webpack_hash__: string;

/** Office's theme when it tells us (Excel desktop), else the system's colour scheme. */
function isDarkTheme(): boolean {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  if (background && /^#?[0-9a-f]{6}$/i.test(background)) {
    const hex = background.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

/** Office's display language; the browser's when Office cannot tell (it may be what failed). */
function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage ?? navigator.language;
  } catch {
    return navigator.language;
  }
}

function hostFailed(error: unknown): void {
  showStartupFailure("hostFailed", displayLanguage(), error);
}

function mount(): void {
  const dark = isDarkTheme();
  document.body.classList.toggle("dark", dark);
  const engine = workerEngine(() => new Worker(`engine.worker.js?${__webpack_hash__}`));
  const workbook = officeWorkbook();
  const language = Office.context?.displayLanguage;
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <React.StrictMode>
      <StartupBoundary onError={(error) => showStartupFailure("renderFailed", displayLanguage(), error)}>
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
          <App workbook={workbook} engine={engine} displayLanguage={language} />
        </FluentProvider>
      </StartupBoundary>
    </React.StrictMode>,
  );
}

// office.js comes from Microsoft's CDN by a script tag before this bundle: blocked, it defines nothing.
if (typeof Office === "undefined") {
  showStartupFailure("officeMissing", navigator.language);
} else {
  try {
    Office.onReady(() => {
      try {
        mount();
      } catch (error) {
        hostFailed(error);
      }
    }).catch(hostFailed);
  } catch (error) {
    hostFailed(error);
  }
}
