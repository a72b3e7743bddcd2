import * as React from "react";
import { render, type RenderResult } from "@testing-library/react";
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  type GriffelRenderer,
  type PartialTheme,
} from "@fluentui/react-components";
import { check, type Grid, type SettingsInput } from "../../src/domain";
import {
  paneResult,
  workerEngine,
  type PaneResult,
  type Engine,
  type EngineRequest,
  type EngineResponse,
} from "../../src/taskpane/engine";
import { createEngineHost } from "../../src/taskpane/engineHost";
import type { ResultPlace, WorkbookGateway } from "../../src/taskpane/host";
import { strings } from "../../src/taskpane/i18n";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

// jsdom has no ResizeObserver; Fluent's MessageBar in its automatic layout observes its size.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

export const nl = strings("nl");
export const en = strings("en");

/**
 * Of Fluent's CSS, the rules that change what a test can see or do in jsdom, which neither lays out
 * nor paints: whether an element is hidden (display, visibility: testing-library leaves hidden
 * elements out of its role queries and accessible names) and whether it takes a click
 * (pointer-events: user-event refuses one that would not). Every getComputedStyle walks every rule
 * in the document, and testing-library and user-event call it for each element and its ancestors:
 * with all of Fluent's rules that was two thirds of the pane tests' time.
 */
const SEEN_BY_TESTS = /(^|[{;])\s*(display|visibility|pointer-events)\s*:/;

let renderer: GriffelRenderer | undefined;

/**
 * No theme values: the theme's colours, fonts and sizes are some 400 custom properties on the
 * provider that no test here reads, and jsdom copies them one by one on every getComputedStyle of
 * it. The themes are seen in Chromium (tests/e2e).
 */
const NO_THEME: PartialTheme = {};

/** Renders under the FluentProvider index.tsx mounts in Office, with the styles above only. */
export function renderWithFluent(ui: React.ReactElement): RenderResult {
  renderer ??= createDOMRenderer(document, { unstable_filterCSSRule: (rule) => SEEN_BY_TESTS.test(rule) });
  return render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={NO_THEME}>{ui}</FluentProvider>
    </RendererProvider>,
  );
}

/**
 * The engine in process: the worker's own protocol and host, answering a task later as a worker
 * would, without the worker. One host per call, as each pane starts its own worker.
 */
export function inProcessEngine(): Engine {
  return workerEngine(() => {
    const host = createEngineHost();
    const listeners: ((e: MessageEvent<EngineResponse>) => void)[] = [];
    return {
      postMessage(request: EngineRequest) {
        setTimeout(() => {
          for (const answer of host(request))
            for (const l of listeners) l({ data: answer } as MessageEvent<EngineResponse>);
        }, 0);
      },
      addEventListener(type: "message" | "error", listener: never) {
        if (type === "message") listeners.push(listener);
      },
      terminate() {},
    };
  });
}

export interface FakeGateway extends WorkbookGateway {
  read: jest.Mock<ReturnType<WorkbookGateway["read"]>, Parameters<WorkbookGateway["read"]>>;
  write: jest.Mock<ReturnType<WorkbookGateway["write"]>, Parameters<WorkbookGateway["write"]>>;
  remove: jest.Mock<ReturnType<WorkbookGateway["remove"]>, Parameters<WorkbookGateway["remove"]>>;
  selectCell: jest.Mock<Promise<void>, [string, string]>;
  loadSettings: jest.Mock<Promise<SettingsInput>, []>;
  saveSettings: jest.Mock<Promise<void>, [SettingsInput]>;
}

/** A workbook gateway over the seed grids, each call a spy; saved settings round-trip. */
export function fakeGateway(options: { grids?: Grid[]; stored?: SettingsInput } = {}): FakeGateway {
  const grids = options.grids ?? gridsOf(seedWorkbook());
  let stored: SettingsInput = options.stored ?? {};
  const written: ResultPlace[] = [
    { kind: "columns", sheet: "Overzicht", range: "G3:I15", cells: 39 },
    { kind: "sheet", sheet: "Controlerapport", role: "findings" },
  ];
  return {
    read: jest.fn(async (onProgress) => {
      onProgress({ fraction: 0.5, text: "Overzicht" });
      return { grids, snapshot: { version: 1 } };
    }),
    write: jest.fn(async (_plan, _snapshot, onProgress) => {
      onProgress({ stage: "verify", done: 0, total: 0 });
      onProgress({ stage: "values", done: 1, total: 2 });
      onProgress({ stage: "record", done: 2, total: 2 });
      return written;
    }),
    remove: jest.fn(async (_removal, _snapshot, onProgress) => {
      onProgress({ fraction: 1 });
      return written;
    }),
    selectCell: jest.fn(async (_sheet: string, _cell: string) => undefined),
    loadSettings: jest.fn(async () => stored),
    saveSettings: jest.fn(async (s: SettingsInput) => {
      stored = s;
    }),
  };
}

/** A check's result as the pane receives it from the worker. */
export function checked(grids: Grid[], settings?: SettingsInput): PaneResult {
  return paneResult(check(grids, settings), 1);
}
