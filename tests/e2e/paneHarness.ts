/**
 * The production build of the task pane in headless Chromium, office.js answered by the stand-in
 * (officeStandIn.ts) backed by the fake Excel: shared by the browser test (pane.e2e.test.ts) and
 * the benchmark of the pane's tasks (bench/paneTasks.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import type { FakeExcel } from "../excel/fakeExcel";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Debian's Chromium (CI installs it in .ci/run). */
export const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".map": "application/json",
};

declare global {
  interface Window {
    __fakeExcel: FakeExcel;
    __workerTraffic: WorkerMessage[];
    __longTaskSpans: [number, number][];
  }
}

/** One message between the pane and the engine's worker, as the page saw it. */
export interface WorkerMessage {
  direction: "toWorker" | "fromWorker";
  /** The request's kind (`part`, `check`, `plan`) or the answer's (`result`, `planPart`, `plan`, `error`). */
  kind: string;
  /** Rows of a grid part; cells of a plan part; 0 otherwise. */
  size: number;
  /** To the worker: the task it was posted in, counted from 1; two messages of one task share it. */
  task: number;
}

/** A browser and dist/ served over HTTP on 127.0.0.1, so that the worker loads same-origin as in Office. */
export interface PaneSession {
  browser: Browser;
  origin: string;
  standIn: string;
  close(): Promise<void>;
}

export async function startPaneSession(): Promise<PaneSession> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does).");
  const bundle = await build({
    entryPoints: [join(__dirname, "officeStandIn.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    target: "es2020",
  });
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    standIn: bundle.outputFiles[0].text,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function serveDist(): Promise<Server> {
  const s = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^([/\\])+/,
      "",
    );
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

export interface PaneOptions {
  /** The stand-in's modes (see officeStandIn.ts): `#en`, `#dark`, `#big`, `#huge`, `#skipped`, `#hostfails`. */
  hash?: string;
  /** `abort`: the office.js request fails, as behind a proxy that blocks Microsoft's CDN. */
  officeJs?: "stand-in" | "abort";
  /** The browser's language (navigator.language). */
  locale?: string;
  /** The pane's width in CSS pixels: 320 unless given (Excel's narrowest pane). */
  width?: number;
  /** Record the page's long tasks (`window.__longTaskSpans`), for the benchmark. */
  observeLongTasks?: boolean;
}

export interface Opened {
  page: Page;
  /** Requests the page tried outside its own origin and office.js: must stay empty. */
  foreign: string[];
  /** Page errors, console errors and CSP violations: must stay empty. */
  problems: string[];
}

/** A pane of 320 px (or `width`). Waits for a page element generously: a busy machine is slow, not wrong. */
export async function openPane(session: PaneSession, options: PaneOptions = {}): Promise<Opened> {
  const page = await session.browser.newPage({
    viewport: { width: options.width ?? 320, height: 900 },
    deviceScaleFactor: 1,
    locale: options.locale,
  });
  page.setDefaultTimeout(120_000);
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return options.officeJs === "abort"
        ? route.abort("blockedbyclient")
        : route.fulfill({ status: 200, contentType: "text/javascript", body: session.standIn });
    if (url.startsWith(session.origin)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.addInitScript(recordWorkerTraffic);
  if (options.observeLongTasks) await page.addInitScript(observeLongTasks);
  await page.goto(`${session.origin}/taskpane.html${options.hash ?? ""}`);
  return { page, foreign, problems };
}

/**
 * Runs in the page before its scripts: every message to and from the engine's worker, through the
 * browser's own Worker. A message to the worker is given the number of the task it was posted in:
 * the first message of a task starts a timer (0 ms) that ends the number, and timers of the same
 * delay run in the order they were set, so the timer runs before any task the poster set after.
 */
function recordWorkerTraffic(): void {
  const traffic: WorkerMessage[] = (window.__workerTraffic = []);
  let task = 0;
  let inTask = false;
  const taskNow = () => {
    if (!inTask) {
      inTask = true;
      task++;
      setTimeout(() => (inTask = false), 0);
    }
    return task;
  };
  type Data = Record<string, never> & { kind?: string; ok?: boolean };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener("message", (e: MessageEvent<Data>) => {
        const d = e.data;
        const kind = !d.ok ? "error" : "planPart" in d ? "planPart" : "plan" in d ? "plan" : "result";
        const cells =
          kind === "planPart"
            ? (d.planPart as { cells: unknown[][] }).cells.reduce((n, row) => n + row.length, 0)
            : 0;
        traffic.push({ direction: "fromWorker", kind, size: cells, task: 0 });
      });
    }
    override postMessage(message: Data, options?: StructuredSerializeOptions | Transferable[]): void {
      const rows =
        message.kind === "part" ? (message.part as { slice: { values: unknown[] } }).slice.values.length : 0;
      traffic.push({ direction: "toWorker", kind: message.kind ?? "?", size: rows, task: taskNow() });
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

/** Runs in the page before its scripts: the spans of its long tasks (main thread busy over 50 ms). */
function observeLongTasks(): void {
  window.__longTaskSpans = [];
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => window.__longTaskSpans.push([e.startTime, e.startTime + e.duration])),
  ).observe({ type: "longtask", buffered: true });
}

export const workerTraffic = (page: Page): Promise<WorkerMessage[]> =>
  page.evaluate(() => window.__workerTraffic);

/**
 * The longest long task of the pane's own since `start` (ms, rounded). The fake host runs on the
 * page's thread in tasks of its own (`#big`, `#huge`); in Office that work is Excel's, so those
 * tasks are left out.
 */
export async function longestPaneTask(
  page: Page,
  start: number,
): Promise<{ longest: number; hostTasks: number }> {
  const { spans, host } = await page.evaluate(() => ({
    spans: window.__longTaskSpans,
    host: window.__fakeExcel.hostTasks,
  }));
  const panes = spans.filter(
    ([from, to]) => from >= start && !host.some((h) => h.start < to && h.end > from),
  );
  return {
    longest: Math.max(0, ...panes.map(([from, to]) => Math.round(to - from))),
    hostTasks: host.length,
  };
}
