/**
 * The production build of the task pane in headless Chromium at 320 px, office.js answered by a
 * stand-in backed by the fake Excel with the seed workbook: scan → check → click a finding →
 * accept → write → remove, the fake workbook's cells asserted after each step, a screenshot of each.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { check } from "../../src/domain";
import type { WorkbookDump } from "../excel/fakeExcel";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "docs", "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".map": "application/json",
};

/** Debian's Chromium (CI installs it in .ci/run); on a machine without it the test says so and skips. */
const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM && process.env.CI)
  throw new Error(`${CHROMIUM} is required in CI: .ci/run installs Debian's chromium`);
if (!HAS_CHROMIUM) console.warn(`Skipping the browser test: no ${CHROMIUM} (apt-get install chromium).`);
const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

let server: Server;
let origin: string;
let browser: Browser;
let standIn: string;

/** dist/ over HTTP on 127.0.0.1, so the worker loads same-origin as in Office. */
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

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does).");
  mkdirSync(SHOTS, { recursive: true });
  const bundle = await build({
    entryPoints: [join(__dirname, "officeStandIn.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    target: "es2020",
  });
  standIn = bundle.outputFiles[0].text;
  server = await serveDist();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
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
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

interface Opened {
  page: Page;
  /** Requests the page tried outside its own origin and office.js: must stay empty. */
  foreign: string[];
  /** Page errors, console errors and CSP violations: must stay empty. */
  problems: string[];
}

async function openPane(hash = ""): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 1 });
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: "text/javascript", body: standIn });
    if (url.startsWith(origin)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  // Long tasks (main thread busy > 50 ms), to show that a check never blocks the pane for long.
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __longTaskSpans: [number, number][] };
    w.__longTasks = [];
    w.__longTaskSpans = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        w.__longTasks.push(e.duration);
        w.__longTaskSpans.push([e.startTime, e.startTime + e.duration]);
      }),
    ).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${origin}/taskpane.html${hash}`);
  return { page, foreign, problems };
}

/**
 * The longest long task of the pane's own since `start` (ms, rounded). The fake host runs on the
 * page's thread in tasks of its own; in Office that work is Excel's, so those tasks are left out.
 */
async function paneTasks(page: Page, start: number): Promise<{ longest: number; hostTasks: number }> {
  const { spans, host } = await page.evaluate(() => ({
    spans: (window as unknown as { __longTaskSpans: [number, number][] }).__longTaskSpans,
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

const dump = (page: Page): Promise<WorkbookDump> => page.evaluate(() => window.__fakeExcel.dump());
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name) });

/** Every cell of a dump as "Sheet!A1" → value, to compare whole workbooks. */
function valuesOf(d: WorkbookDump): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const sheet of d.sheets)
    for (const [address, cell] of Object.entries(sheet.cells))
      if (cell.value !== undefined) map.set(`${sheet.name}!${address}`, cell.value);
  return map;
}

describeInBrowser("the production build", () => {
  /** The page's <head> as the browser parses it (the built HTML is minified). */
  async function head() {
    const { page } = await openPane();
    const found = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src")),
      csp:
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    }));
    await page.close();
    return found;
  }

  it("loads no script but office.js from Microsoft's CDN and its own bundle", async () => {
    expect((await head()).scripts).toEqual([OFFICE_JS, expect.stringMatching(/^taskpane\.js(\?|$)/)]);
  });

  it("sets a Content-Security-Policy without eval", async () => {
    const { csp } = await head();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("emits the ribbon-command page and the icons", () => {
    for (const file of [
      "commands.html",
      "commands.js",
      "engine.worker.js",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "assets/logo-filled.png",
    ]) {
      expect(existsSync(join(DIST, file))).toBe(true);
    }
  });
});

describeInBrowser("the task pane in Chromium", () => {
  const expected = check(gridsOf(seedWorkbook()));

  it("runs scan → check → click a finding → accept → write → remove on the seed workbook", async () => {
    const { page, foreign, problems } = await openPane();
    const initial = await dump(page);
    const seedSheets = initial.sheets.map((s) => s.name);

    // 1. Scan: the tables, nothing written.
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("heading", { name: `${expected.tables.length} tabellen gevonden` }).waitFor();
    await expectAsync(page, "Overzicht!A3:F15");
    expect(valuesOf(await dump(page))).toEqual(valuesOf(initial));
    await shot(page, "1-scan.png");

    // 2. Check (the engine runs in the worker): findings grouped with counts, nothing written,
    // and the pane's thread never busy for 200 ms or more at a time.
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(Math.max(0, ...longTasks)).toBeLessThan(200);
    await page.getByText(`${expected.summary.warnings} waarschuwingen`).waitFor();
    expect(valuesOf(await dump(page))).toEqual(valuesOf(initial));
    await shot(page, "2-check.png");

    // 3. One click on a finding selects its cell in Excel.
    const first = expected.findings[0];
    await page
      .getByRole("button", { name: new RegExp(escape(first.message)) })
      .first()
      .click();
    await page.waitForFunction(() => window.__fakeExcel.selection !== null);
    const selected = await page.evaluate(() => ({
      sheet: window.__fakeExcel.activeSheet,
      selection: window.__fakeExcel.selection,
    }));
    expect(selected.sheet).toBe(first.sheet);
    expect(selected.selection).toMatch(new RegExp(`${first.cell}$`));

    // Accept it with a reason: remembered in the workbook's settings, counted as accepted.
    await page
      .getByRole("button", { name: `Accepteren: ${first.sheet}!${first.cell}` })
      .first()
      .click();
    await page.getByRole("textbox", { name: /Reden van acceptatie/ }).fill("Naam zoals in het jaarverslag");
    await page.getByRole("button", { name: "Accepteren", exact: true }).click();
    await page.getByText("1 geaccepteerd").waitFor();
    const stored = await page.evaluate(() => JSON.stringify([...window.__fakeExcel.settings().values()]));
    expect(stored).toContain("Naam zoals in het jaarverslag");
    await page.getByRole("heading", { name: /^Geaccepteerd/ }).scrollIntoViewIfNeeded();
    await shot(page, "3-finding-accepted.png");

    // 4. Write results: status columns beside every table, the two result sheets, the record.
    await page.getByRole("tab", { name: "Resultaten" }).click();
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByText("Resultaten geschreven").waitFor();
    const written = await dump(page);
    const names = written.sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([...seedSheets, "Controlerapport", "Verschillenanalyse", "_stoplicht"]),
    );
    const block = expected.plan.blocks[0];
    const headerRow = block.cells.findIndex((row) => row.some((c) => c.value === "Controle"));
    const header = `${columnOf(block.col)}${block.row + headerRow + 1}`;
    expect(written.sheets.find((s) => s.name === block.sheet)!.cells[header]?.value).toBe("Controle");
    const report = JSON.stringify(written.sheets.find((s) => s.name === "Controlerapport")!.cells);
    expect(report).toContain("Geaccepteerd: Naam zoals in het jaarverslag");
    for (const [address, value] of valuesOf(initial)) expect(valuesOf(written).get(address)).toEqual(value);
    await shot(page, "4-write.png");

    // Writing again gives the same workbook.
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByText("Resultaten geschreven").waitFor();
    expect(valuesOf(await dump(page))).toEqual(valuesOf(written));

    // 5. Remove results: exactly the seed workbook again.
    await page.getByRole("button", { name: "Resultaten verwijderen" }).click();
    await page.getByText("Resultaten verwijderd").waitFor();
    const removed = await dump(page);
    expect(removed.sheets.map((s) => s.name)).toEqual(seedSheets);
    expect(valuesOf(removed)).toEqual(valuesOf(initial));
    await shot(page, "5-remove.png");

    // 6. Settings, saved in the workbook.
    await page.getByRole("tab", { name: "Instellingen" }).click();
    await page.getByRole("textbox", { name: /Toelichting verplicht boven/ }).fill("25.000");
    await page.getByRole("button", { name: "Instellingen bewaren" }).click();
    await page.getByText("Instellingen bewaard in de werkmap.").waitFor();
    expect(await page.evaluate(() => JSON.stringify([...window.__fakeExcel.settings().values()]))).toContain(
      '\\"noteThreshold\\":25000',
    );
    await shot(page, "6-settings.png");

    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a refused write in the message bar with what to do, and writes nothing", async () => {
    const { page, problems } = await openPane();
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    const before = await dump(page);
    await page.evaluate(() => window.__fakeExcel.protect("Programma's"));
    await page.getByRole("tab", { name: "Resultaten" }).click();
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Het blad "Programma\'s" is beveiligd');
    expect(await alert.textContent()).toContain("Hef de beveiliging op");
    expect(valuesOf(await dump(page))).toEqual(valuesOf(before));
    await shot(page, "8-error.png");
    // Unprotect and try again from the message bar.
    await page.evaluate(() => window.__fakeExcel.protect("Programma's", false));
    await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
    await page.getByText("Resultaten geschreven").waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fits 320 px without horizontal scrolling", async () => {
    const { page, problems } = await openPane();
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("never blocks the pane for 200 ms or more while scanning and checking over 300 tables", async () => {
    const { page, problems } = await openPane("#big");
    await page.getByRole("button", { name: "Werkmap scannen" }).waitFor();
    const start = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("heading", { name: /tabellen gevonden/ }).waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Controleren", exact: true }).first().click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor({ timeout: 60000 });
    expect((await paneTasks(page, start)).longest).toBeLessThan(200);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("never blocks the pane for 200 ms or more while scanning and checking 100.000 lines, then writes them", async () => {
    const { page, problems } = await openPane("#huge");
    await page.getByRole("button", { name: "Werkmap scannen" }).waitFor({ timeout: 60000 });
    // From here on: what the stand-in did to set up its 100k-line workbook does not count.
    const start = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("heading", { name: "101 tabellen gevonden" }).waitFor({ timeout: 120000 });
    await page.getByRole("button", { name: "Controleren", exact: true }).first().click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor({ timeout: 120000 });
    const { longest, hostTasks } = await paneTasks(page, start);
    expect(hostTasks).toBeGreaterThan(0);
    expect(longest).toBeLessThan(200);
    // Then write it all: the plan comes from the worker in parts, and its last row lands where it belongs.
    await page.getByRole("tab", { name: "Resultaten" }).click();
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByText("Resultaten geschreven").waitFor({ timeout: 300000 });
    const written = await page.evaluate(() => ({
      sheets: window.__fakeExcel.sheetNames(),
      lastRow: ["G", "I"].map((c) => window.__fakeExcel.cell("Programma's", `${c}102398`)?.value),
    }));
    expect(written.sheets).toEqual(expect.arrayContaining(["Controlerapport", "Verschillenanalyse"]));
    expect(written.lastRow).toEqual(["OK", "Groen"]);
    expect(problems).toEqual([]);
    await page.close();
  }, 300000);

  it("is usable by keyboard alone", async () => {
    const { page } = await openPane();
    await page.getByRole("button", { name: "Werkmap scannen" }).waitFor();
    // Tab from the page start reaches the tab list, then the scan button; Enter scans.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (label === "Werkmap scannen") break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Werkmap scannen");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /tabellen gevonden/ }).waitFor();
    await page.close();
  });

  it("follows Office's dark theme and English display language", async () => {
    const { page, problems } = await openPane("#dark-en");
    await page.getByRole("button", { name: "Scan workbook" }).click();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("region", { name: "Summary" }).waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
    );
    expect(background).not.toBe("rgb(255, 255, 255)");
    await shot(page, "7-dark-english.png");
    expect(problems).toEqual([]);
    await page.close();
  });
});

async function expectAsync(page: Page, tableName: string) {
  await page.getByRole("listitem", { name: tableName }).waitFor();
}

function columnOf(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
