/**
 * The stand-in for office.js in the end-to-end test: bundled for the browser and served at the
 * CDN URL, it installs Office and Excel globals backed by the in-memory fake, loaded with the seed
 * workbook, and exposes the fake on window so the test can inspect the workbook after each step.
 * `#dark` in the page URL makes Office report a dark theme; `#en` an English display language;
 * `#big` loads a workbook of over 300 tables; `#huge` one of 100.000 budget lines, the benchmark's
 * largest, with the fake host's work in tasks of its own so that the pane's tasks can be measured;
 * `#skipped` the seed with programme 1's Rekening total a SUM that skips a row (one mistake, four
 * findings); `#hostfails` a host whose `Office.context.officeTheme` throws, as a host API may before the pane draws.
 */
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../excel/fakeExcel";
import { generateWorkbook } from "../fixtures/generateWorkbook";
import { seedWorkbook, type SheetSpec } from "../fixtures/seed";
import { seedWithSkippedRow } from "../fixtures/variants";

declare global {
  interface Window {
    __fakeExcel: FakeExcel;
  }
}

/** `#big`: the seed plus 30 copies of its programme sheet (over 300 tables), to measure the pane under load. */
function sheets(): SheetSpec[] {
  // The shape and seed of the 100k size of bench/engineBench.ts.
  if (window.location.hash.includes("huge"))
    return generateWorkbook({ programmes: 100, partsPerProgramme: 20, linesPerPart: 50 }, undefined, 42)
      .specs;
  if (window.location.hash.includes("skipped")) return seedWithSkippedRow();
  const seed = seedWorkbook();
  if (!window.location.hash.includes("big")) return seed;
  const programmes = seed.find((s) => s.name === "Programma's")!;
  return [
    ...seed,
    ...Array.from({ length: 30 }, (_, i) => ({ ...programmes, name: `Programma's ${i + 2}` })),
  ];
}

const fake = createFakeExcel({
  sheets: sheets().map((s) => ({
    name: s.name,
    values: s.rows,
    formulas: s.formulas,
    visibility: s.hidden ? "Hidden" : "Visible",
  })),
  hostInOwnTasks: window.location.hash.includes("huge") || window.location.hash.includes("big"),
});
const target = window as unknown as Record<string, unknown>;
installFakeOffice(target, fake);
const office = target.Office as { context: Record<string, unknown> };
const hash = window.location.hash;
office.context.displayLanguage = hash.includes("en") ? "en-US" : "nl-NL";
if (hash.includes("dark"))
  office.context.officeTheme = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" };
if (hash.includes("hostfails"))
  Object.defineProperty(office.context, "officeTheme", {
    get() {
      throw new Error("The host could not give officeTheme (stand-in #hostfails).");
    },
  });
window.__fakeExcel = fake;
