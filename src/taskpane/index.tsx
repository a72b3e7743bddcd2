/**
 * The pane's entry: the only module that waits for Office and mounts FluentProvider.
 * Everything below receives the workbook and the engine as props.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { workerEngine } from "./engine";
import { officeWorkbook } from "./officeWorkbook";

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

void Office.onReady(() => {
  const dark = isDarkTheme();
  document.body.classList.toggle("dark", dark);
  const engine = workerEngine(() => new Worker(`engine.worker.js?${__webpack_hash__}`));
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <React.StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <App workbook={officeWorkbook()} engine={engine} displayLanguage={Office.context?.displayLanguage} />
      </FluentProvider>
    </React.StrictMode>,
  );
});
