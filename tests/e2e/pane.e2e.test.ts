/**
 * The production build of the task pane in headless Chromium at 320 px, office.js answered by a
 * stand-in backed by the fake Excel with the seed workbook: scan → check → click a finding →
 * accept → write → remove, the fake workbook's cells asserted after each step, a screenshot of each.
 * No timings here: how long the pane's thread is busy is measured by `npm run bench`; this test
 * holds what makes it short (the engine in the worker, grids and plans in slices, a task apiece).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { check } from "../../src/domain";
import { CELLS_PER_PLAN_MESSAGE, ROWS_PER_MESSAGE } from "../../src/taskpane/engine";
import { strings } from "../../src/taskpane/i18n";
import type { WorkbookDump } from "../excel/fakeExcel";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import {
  CHROMIUM,
  DIST,
  OFFICE_JS,
  ROOT,
  openPane as open,
  startPaneSession,
  workerTraffic,
  type PaneOptions,
  type PaneSession,
  type WorkerMessage,
} from "./paneHarness";

const SHOTS = join(ROOT, "docs", "screenshots");

/** Debian's Chromium (CI installs it in .ci/run); on a machine without it the test says so and skips. */
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM && process.env.CI)
  throw new Error(`${CHROMIUM} is required in CI: .ci/run installs Debian's chromium`);
if (!HAS_CHROMIUM) console.warn(`Skipping the browser test: no ${CHROMIUM} (apt-get install chromium).`);
const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

let session: PaneSession;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  mkdirSync(SHOTS, { recursive: true });
  session = await startPaneSession();
});

afterAll(async () => {
  await session?.close();
});

const openPane = (hash = "", options: Omit<PaneOptions, "hash"> = {}) => open(session, { ...options, hash });

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

/**
 * What keeps the pane's thread free while it checks (a scan checks too, to find the tables): for
 * every check, the grids went to the worker in slices of at most ROWS_PER_MESSAGE rows, each in a
 * task of its own, then one request to check, and the result came from the worker. A recheck (a
 * setting changed, a finding accepted) sends no grids: the worker checks those it holds. Returns
 * the slices' rows, per check.
 */
function expectCheckedInWorker(traffic: WorkerMessage[]): number[][] {
  const checks: WorkerMessage[][] = [];
  let parts: WorkerMessage[] = [];
  let rechecks = 0;
  for (const m of traffic.filter((t) => t.direction === "toWorker")) {
    if (m.kind === "part") parts.push(m);
    if (m.kind === "recheck") {
      expect(parts).toEqual([]);
      rechecks++;
    }
    if (m.kind === "check") {
      checks.push(parts);
      parts = [];
    }
  }
  expect(checks.length).toBeGreaterThan(0);
  for (const slices of checks) {
    expect(slices.length).toBeGreaterThan(0);
    expect(Math.max(...slices.map((m) => m.size))).toBeLessThanOrEqual(ROWS_PER_MESSAGE);
    expect(new Set(slices.map((m) => m.task)).size).toBe(slices.length);
  }
  const answers = traffic.filter(
    (m) => m.direction === "fromWorker" && m.kind !== "planPart" && m.kind !== "plan",
  );
  expect(answers.map((m) => m.kind)).toEqual(Array(checks.length + rechecks).fill("result"));
  return checks.map((slices) => slices.map((m) => m.size));
}

/** The source files a bundle of dist/ was built from, as its source map lists them. */
function sourcesOf(bundle: string): string[] {
  const map = JSON.parse(readFileSync(join(DIST, `${bundle}.map`), "utf8")) as { sources: string[] };
  return map.sources
    .map((s) => s.replace(/^webpack:\/\/[^/]*\/\.\//, ""))
    .filter((s) => s.startsWith("src/"));
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
    await expectAsync(page, "Rekeningresultaat 2024");
    // A line per table, and no dropdown until a table is opened.
    expect(await page.getByRole("listitem").count()).toBe(expected.tables.length);
    expect(await page.getByRole("combobox").count()).toBe(0);
    expect(valuesOf(await dump(page))).toEqual(valuesOf(initial));
    // Focus went to what the scan found, not to the page.
    await page.waitForFunction(() => document.activeElement?.id === "stoplicht-scan-heading");
    await shot(page, "1-scan.png");

    // 2. Check, in the worker: findings grouped with counts, nothing written. The scan checked
    // the workbook already: Controleren shows that check, without a second one.
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    await page.getByRole("heading", { level: 2, name: expected.verdict }).waitFor();
    await page.getByRole("table", { name: "Per programma" }).waitFor();
    expect(expectCheckedInWorker(await workerTraffic(page))).toHaveLength(1);
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
    // Focus went on to a finding, not to the page; the worker rechecked the grids it holds.
    await page.waitForFunction(() => document.activeElement?.id.startsWith("stoplicht-finding-"));
    const traffic = await workerTraffic(page);
    expect(expectCheckedInWorker(traffic)).toHaveLength(1);
    expect(traffic.filter((m) => m.kind === "recheck")).toHaveLength(1);
    await page.getByRole("heading", { name: /^Geaccepteerd/ }).scrollIntoViewIfNeeded();
    await shot(page, "3-finding-accepted.png");

    // 4. Write results: status columns beside every table, the two result sheets, the record.
    await page.getByRole("tab", { name: "Resultaten" }).click();
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByText("Resultaten geschreven").waitFor();
    // The button was disabled while it wrote, and focus dropped to the page: it is given back.
    await page.waitForFunction(() => !!document.activeElement && document.activeElement !== document.body);
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
    // One button opens the report.
    await page.getByRole("button", { name: "Open Controlerapport" }).click();
    await page.waitForFunction(() => window.__fakeExcel.activeSheet === "Controlerapport");
    expect(await page.evaluate(() => window.__fakeExcel.selection)).toMatch(/!A1(:A1)?$/);

    // Writing again gives the same workbook.
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByText("Resultaten geschreven").waitFor();
    expect(valuesOf(await dump(page))).toEqual(valuesOf(written));

    // 5. Remove results asks first; Annuleren leaves everything in place.
    await page.getByRole("button", { name: "Resultaten verwijderen" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Resultaten verwijderen?" });
    await dialog.getByText("Blad Controlerapport").waitFor();
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(valuesOf(await dump(page))).toEqual(valuesOf(written));
    // Confirmed: exactly the seed workbook again.
    await page.getByRole("button", { name: "Resultaten verwijderen" }).click();
    await dialog.getByRole("button", { name: "Verwijderen" }).click();
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

  it.each([320, 450])(
    "focuses the verdict after Controleren, whole below the sticky header with the counts under it, at %i px",
    async (width) => {
      const { page, problems } = await openPane("", { width });
      await page.getByRole("button", { name: "Werkmap scannen" }).click();
      await page.getByRole("heading", { name: /tabellen gevonden/ }).waitFor();
      await page.getByRole("button", { name: "Controleren", exact: true }).click();
      await page.getByRole("heading", { level: 2, name: expected.verdict }).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === "H2");
      const seen = await page.evaluate(() => {
        const focused = document.activeElement!;
        const header = document.querySelector("main > header")!.getBoundingClientRect();
        const summary = document.querySelector('[aria-label="Samenvatting"]')!.getBoundingClientRect();
        const verdict = focused.getBoundingClientRect();
        return {
          text: focused.textContent,
          headerBottom: header.bottom,
          verdict: { top: verdict.top, bottom: verdict.bottom },
          summary: { top: summary.top, bottom: summary.bottom },
          viewport: window.innerHeight,
        };
      });
      expect(seen.text).toBe(expected.verdict);
      expect(seen.verdict.top).toBeGreaterThanOrEqual(seen.headerBottom);
      expect(seen.verdict.bottom).toBeLessThanOrEqual(seen.viewport);
      // The counts the header used to cover at 450 px.
      expect(seen.summary.top).toBeGreaterThanOrEqual(seen.headerBottom);
      expect(seen.summary.bottom).toBeLessThanOrEqual(seen.viewport);
      if (width === 450) await shot(page, "2-check-450.png");
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("shows a SUM that skips a row as one mistake, its three consequences under it, each row named", async () => {
    const { page, problems } = await openPane("#skipped");
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    const verdict = page.getByRole("heading", {
      level: 2,
      name: /^1 fout, waaruit 3 andere fouten volgen\./,
    });
    await verdict.waitFor();
    const errors = page.getByRole("region", { name: "Fouten (4)" });
    const mistakes = errors.locator(":scope > ul > li");
    expect(await mistakes.count()).toBe(1);
    const root = mistakes.first();
    expect(await root.getByRole("button").first().textContent()).toMatch(
      /^Totaal 1\. Ruimte en Leefomgeving · Rekening 2024Programma's!E14 · SOM-bereik klopt niet/,
    );
    const consequences = root.getByRole("list", { name: "Hieruit volgen 3 fouten" });
    expect(await consequences.getByRole("listitem").count()).toBe(3);
    // The overview paints programme 1 red, in a word too.
    const programmes = page.getByRole("table", { name: "Per programma" });
    expect(await programmes.getByRole("row").nth(1).getByRole("cell").nth(1).textContent()).toBe("Rood");
    await errors.scrollIntoViewIfNeeded();
    await shot(page, "9-one-mistake.png");
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

  it("keeps a focused element clear of the sticky header at 450 px", async () => {
    const { page, problems } = await openPane();
    await page.setViewportSize({ width: 450, height: 700 });
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    // Scroll so that a finding lies under the header, focus the one after it without scrolling,
    // and go back to the first by keyboard, as a user tabbing up the list does.
    const findings = page.locator("[id^='stoplicht-finding-']");
    const target = findings.nth(3);
    await target.evaluate((el) => {
      const header = document.querySelector("header")!.getBoundingClientRect();
      window.scrollBy(0, el.getBoundingClientRect().top - header.bottom / 2);
    });
    const hidden = await target.evaluate((el) => {
      const header = document.querySelector("header")!.getBoundingClientRect();
      return el.getBoundingClientRect().top < header.bottom;
    });
    expect(hidden).toBe(true);
    await findings.nth(4).evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    // Shift+Tab reaches the previous finding's Accepteren, then the finding itself.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    const seen = await target.evaluate((el) => {
      const header = document.querySelector("header")!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, headerBottom: header.bottom, height: window.innerHeight };
    });
    expect(seen.top).toBeGreaterThanOrEqual(seen.headerBottom);
    expect(seen.bottom).toBeLessThanOrEqual(seen.height);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("has buttons of at least 32 px at 320 px, primary actions and findings 40 px (Excel on iPad)", async () => {
    const { page, problems } = await openPane();
    /** Every visible button's height (CSS px) by its name, tabs included. */
    const heights = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("button")]
          .filter((b) => b.offsetParent !== null)
          .map((b) => ({
            name: (b.getAttribute("aria-label") ?? b.textContent ?? "").trim(),
            finding: b.id.startsWith("stoplicht-finding-"),
            // The layout's height: the dialog scales in, and a transform is no smaller target.
            height: b.offsetHeight,
          })),
      );
    const primary = [
      "Werkmap scannen",
      "Opnieuw scannen",
      "Controleren",
      "Resultaten schrijven",
      "Resultaten verwijderen",
      "Open Controlerapport",
      "Verwijderen",
      "Instellingen bewaren",
    ];
    const seen: { name: string; finding: boolean; height: number }[] = [];
    const look = async () => seen.push(...(await heights()));
    await page.getByRole("button", { name: "Werkmap scannen" }).waitFor();
    await look();
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("heading", { name: /tabellen gevonden/ }).waitFor();
    await look();
    await page.getByRole("button", { name: "Controleren", exact: true }).click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    await page
      .getByRole("button", { name: /^Accepteren: / })
      .first()
      .click();
    await look();
    await page.getByRole("tab", { name: "Resultaten" }).click();
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByRole("button", { name: "Open Controlerapport" }).waitFor();
    await look();
    await page.getByRole("button", { name: "Resultaten verwijderen" }).click();
    await page.getByRole("alertdialog").waitFor();
    await look();
    await page.getByRole("button", { name: "Annuleren" }).click();
    await page.getByRole("tab", { name: "Instellingen" }).click();
    // A tab's panel is drawn as a transition: measure it once it is there.
    await page.getByRole("button", { name: "Instellingen bewaren" }).waitFor();
    await look();
    const small = seen.filter((b) => b.height < 32).map((b) => `${b.name}: ${b.height}`);
    expect(small).toEqual([]);
    const lowTargets = seen
      .filter((b) => (b.finding || primary.includes(b.name)) && b.height < 40)
      .map((b) => `${b.name}: ${b.height}`);
    expect(lowTargets).toEqual([]);
    // Every kind was seen: the list above is no empty promise.
    expect(seen.some((b) => b.finding)).toBe(true);
    expect(primary.filter((name) => !seen.some((b) => b.name === name))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("has the engine in the worker's bundle only: the pane's own thread cannot run a check", () => {
    const engine = ["src/domain/check.ts", "src/domain/detect/detectTables.ts", "src/domain/rules/index.ts"];
    expect(sourcesOf("engine.worker.js")).toEqual(expect.arrayContaining(engine));
    expect(
      sourcesOf("taskpane.js").filter((s) => engine.includes(s) || s.startsWith("src/domain/rules/")),
    ).toEqual([]);
  });

  it("scans and checks over 300 tables in the worker, each sheet sent in a task of its own", async () => {
    const { page, problems } = await openPane("#big");
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("heading", { name: /tabellen gevonden/ }).waitFor();
    await page.getByRole("button", { name: "Controleren", exact: true }).first().click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    const sheets = await page.evaluate(() => window.__fakeExcel.sheetNames().length);
    for (const slices of expectCheckedInWorker(await workerTraffic(page)))
      expect(slices).toHaveLength(sheets);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("checks 100.000 lines in the worker, sent in slices, and writes them from a plan sent back in parts", async () => {
    const { page, problems } = await openPane("#huge");
    await page.getByRole("button", { name: "Werkmap scannen" }).click();
    await page.getByRole("heading", { name: "101 tabellen gevonden" }).waitFor();
    await page.getByRole("button", { name: "Controleren", exact: true }).first().click();
    await page.getByRole("region", { name: "Samenvatting" }).waitFor();
    for (const slices of expectCheckedInWorker(await workerTraffic(page))) {
      expect(slices.reduce((a, b) => a + b, 0)).toBeGreaterThan(100_000);
      expect(slices.length).toBeGreaterThan(100_000 / ROWS_PER_MESSAGE);
    }
    // Then write it all: the plan comes from the worker in parts, and its last row lands where it belongs.
    await page.getByRole("tab", { name: "Resultaten" }).click();
    await page.getByRole("button", { name: "Resultaten schrijven" }).click();
    await page.getByText("Resultaten geschreven").waitFor({ timeout: 540000 });
    const fromWorker = (await workerTraffic(page)).filter((m) => m.direction === "fromWorker");
    const plan = fromWorker.findIndex((m) => m.kind === "plan");
    const parts = fromWorker.filter((m, i) => m.kind === "planPart" && i < plan);
    expect(parts.length).toBeGreaterThan(1);
    expect(Math.max(...parts.map((m) => m.size))).toBeLessThanOrEqual(CELLS_PER_PLAN_MESSAGE);
    const written = await page.evaluate(() => ({
      sheets: window.__fakeExcel.sheetNames(),
      lastRow: ["G", "I"].map((c) => window.__fakeExcel.cell("Programma's", `${c}102398`)?.value),
    }));
    expect(written.sheets).toEqual(expect.arrayContaining(["Controlerapport", "Verschillenanalyse"]));
    expect(written.lastRow).toEqual(["OK", "Groen"]);
    expect(problems).toEqual([]);
    await page.close();
  }, 600000);

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

describeInBrowser("a pane that cannot start", () => {
  const nl = strings("nl").startup;
  const en = strings("en").startup;

  it.each([
    ["nl-NL", nl],
    ["en-US", en],
    ["de-DE", en],
  ])("says in the browser's language (%s) that office.js was blocked, and what to do", async (locale, s) => {
    const { page, problems } = await openPane("", { officeJs: "abort", locale });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.getByRole("heading").textContent()).toBe(s.title);
    expect(await alert.textContent()).toContain(s.officeMissing);
    expect(await alert.textContent()).toContain(s.officeMissingTodo);
    await alert.getByRole("button", { name: s.reload }).waitFor();
    // The blocked request is all that went wrong: nothing thrown in the page.
    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    await page.close();
  });

  it.each([
    ["nl-NL", "", nl],
    ["en-US", "-en", en],
  ])(
    "says in Office's language (%s) that a host API failed before the pane drew, naming the error",
    async (_lang, suffix, s) => {
      const { page, problems } = await openPane(`#hostfails${suffix}`);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.getByRole("heading").textContent()).toBe(s.title);
      expect(await alert.textContent()).toContain(s.hostFailed);
      expect(await alert.textContent()).toContain(s.hostFailedTodo);
      expect(await alert.textContent()).toContain(
        s.detail("The host could not give officeTheme (stand-in #hostfails)."),
      );
      expect(problems).toEqual([]);
      await page.close();
    },
  );
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
