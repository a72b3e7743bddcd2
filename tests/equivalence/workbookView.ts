/**
 * A workbook as a user sees it, the same shape whether it comes from the fake Office host or from
 * an .xlsx file read with ExcelJS: sheets in order, and per cell its value, formula, number format,
 * fill, font, wrapping and link, plus column widths (in characters), frozen rows and how it prints. Fills and fonts are what
 * the cell shows: its own format with a matching conditional-format rule laid over it.
 */
import ExcelJS from "exceljs";
import { columnLetters, parseA1, regionBounds } from "../../src/domain";
import type { FakeCell, FakeRule, SheetDump, WorkbookDump } from "../excel/fakeExcel";
import type { FileLinks } from "./fileLinks";
import type { FilePrintTitles } from "./filePrintTitles";

export interface FontView {
  bold?: true;
  italic?: true;
  underline?: true;
  color?: string;
  /** Points, where not the fixtures' default of 11. */
  size?: number;
}

export interface CellView {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  font?: FontView;
  /** Where an internal link goes: `'Sheet'!A1`. */
  link?: string;
  wrap?: true;
}

/** How a sheet prints. */
export interface PageView {
  landscape: boolean;
  /** Pages wide it is fitted to; null where it prints at its scale. */
  fitToWidth: number | null;
  /** Pages long; 0 is as many as it takes. */
  fitToHeight: number | null;
  /** Rows printed on every page, `7:7`. */
  printTitleRows: string | null;
  /** The centre of the footer. */
  footer: string | null;
}

/** One conditional text rule: cells of `range` whose text begins with `text` get `fill` and `font`. */
export interface RuleView {
  range: string;
  beginsWith: string;
  fill?: string;
  font?: FontView;
}

export interface SheetView {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  cells: Record<string, CellView>;
  /** Column letter → width in characters, for columns with a width of their own. */
  widths: Record<string, number>;
  rules: RuleView[];
  frozenRows: number;
  merged: string[];
  page: PageView;
}

export interface WorkbookView {
  sheets: SheetView[];
}

/** Office widths are points; 7 px a character plus 5 px padding, 0.75 pt a pixel, as Excel's default font has it. */
export function pointsToChars(points: number): number {
  return round2((points / 0.75 - 5) / 7);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function colour(c: string | undefined): string | undefined {
  if (!c) return undefined;
  const hex = c.replace(/^#/, "").toUpperCase();
  return `#${hex.length === 8 ? hex.slice(2) : hex}`;
}

function font(
  f: { bold?: boolean; italic?: boolean; underline?: unknown; color?: string; size?: number } | undefined,
) {
  if (!f) return undefined;
  const out: FontView = {};
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  if (f.underline && f.underline !== "None" && f.underline !== "none") out.underline = true;
  if (f.color) out.color = colour(f.color);
  if (f.size && f.size !== 11) out.size = f.size;
  return Object.keys(out).length > 0 ? out : undefined;
}

function compact(cell: CellView): CellView | null {
  const out: CellView = {};
  for (const [k, v] of Object.entries(cell))
    if (v !== undefined && v !== "") (out as Record<string, unknown>)[k] = v;
  return Object.keys(out).length > 0 ? out : null;
}

/** The rule that colours a cell, if any: Excel compares text case-insensitively. */
function ruleFor(rules: RuleView[], address: string, value: unknown): RuleView | undefined {
  if (typeof value !== "string") return undefined;
  const at = parseA1(address)!;
  return rules.find((r) => {
    const b = regionBounds(r.range)!;
    return (
      at.row >= b.r1 &&
      at.row <= b.r2 &&
      at.col >= b.c1 &&
      at.col <= b.c2 &&
      value.toLowerCase().startsWith(r.beginsWith.toLowerCase())
    );
  });
}

function withRules(cells: Record<string, CellView>, rules: RuleView[]): Record<string, CellView> {
  const out: Record<string, CellView> = {};
  for (const [address, cell] of Object.entries(cells)) {
    const rule = ruleFor(rules, address, cell.value);
    const shown = rule
      ? {
          ...cell,
          fill: rule.fill ?? cell.fill,
          font: rule.font ? { ...cell.font, ...rule.font } : cell.font,
        }
      : cell;
    const c = compact(shown);
    if (c) out[address] = c;
  }
  return out;
}

// ---- the fake Office host ----

function fakeRule(r: FakeRule): RuleView {
  if (r.type !== "ContainsText" || r.rule?.operator !== "BeginsWith")
    throw new Error(`A conditional format the comparison does not know: ${JSON.stringify(r)}`);
  return { range: r.range, beginsWith: r.rule.text, fill: colour(r.fill), font: font(r.font) };
}

function fakeCell(c: FakeCell): CellView {
  const link = c.hyperlink?.documentReference;
  return {
    value: c.value,
    formula: c.formula?.replace(/^=/, ""),
    numberFormat: c.numberFormat && c.numberFormat !== "General" ? c.numberFormat : undefined,
    fill: colour(c.fill),
    font: font(c.font),
    link,
    wrap: c.wrap ? true : undefined,
  };
}

function fakePage(p: SheetDump["page"]): PageView {
  return {
    landscape: p.orientation === "Landscape",
    fitToWidth: p.zoom?.horizontalFitToPages ?? null,
    // Office leaves the pages long to Excel where only the width is given: as many as it takes.
    fitToHeight: p.zoom?.horizontalFitToPages !== undefined ? (p.zoom.verticalFitToPages ?? 0) : null,
    printTitleRows: p.printTitleRows?.replace(/\$/g, "") ?? null,
    footer: p.centerFooter ?? null,
  };
}

export function viewOfFake(dump: WorkbookDump): WorkbookView {
  return {
    sheets: dump.sheets.map((s) => {
      const rules = s.conditionalFormats.map(fakeRule);
      const cells: Record<string, CellView> = {};
      for (const [a, c] of Object.entries(s.cells)) cells[a] = fakeCell(c);
      const widths: Record<string, number> = {};
      for (const [col, points] of Object.entries(s.columnWidths)) widths[col] = pointsToChars(points);
      return {
        name: s.name,
        visibility: (s.visibility[0].toLowerCase() + s.visibility.slice(1)) as SheetView["visibility"],
        cells: withRules(cells, rules),
        widths,
        rules,
        frozenRows: s.frozenRows,
        merged: [...(s.merged ?? [])].sort(),
        page: fakePage(s.page),
      };
    }),
  };
}

// ---- an .xlsx file through ExcelJS ----

type ExcelJsRule = {
  type: string;
  operator?: string;
  text?: string;
  formulae?: string[];
  style?: { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> };
};

function fillOf(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return undefined;
  return colour(fill.fgColor?.argb ?? fill.bgColor?.argb);
}

function fontOf(f: Partial<ExcelJS.Font> | undefined): FontView | undefined {
  return font(
    f && { bold: f.bold, italic: f.italic, underline: f.underline, color: f.color?.argb, size: f.size },
  );
}

function excelJsPage(ws: ExcelJS.Worksheet, printTitles: FilePrintTitles): PageView {
  const setup = ws.pageSetup;
  const footer = ws.headerFooter?.oddFooter;
  return {
    landscape: setup.orientation === "landscape",
    fitToWidth: setup.fitToPage ? (setup.fitToWidth ?? 1) : null,
    fitToHeight: setup.fitToPage ? (setup.fitToHeight ?? 1) : null,
    printTitleRows: printTitles.get(ws.name) ?? null,
    footer: footer ? footer.replace(/^&C/, "") : null,
  };
}

/**
 * A rule as ExcelJS reads it: a "begins with" rule (ExcelJS drops its `text` attribute, so the
 * text comes from the formula Excel evaluates for it, `LEFT(A1,LEN("x"))="x"`). Null for a rule of
 * another kind: the user's own (a "less than 0" in red), which the fake host is not loaded with and
 * both hosts keep as it is; the package-preservation test holds the file to that.
 */
function excelJsRule(range: string, r: ExcelJsRule): RuleView | null {
  if (r.type !== "beginsWith") return null;
  const m = /^LEFT\([A-Z]+\d+,LEN\("((?:[^"]|"")*)"\)\)="\1"$/.exec(r.formulae?.[0] ?? "");
  if (!m) throw new Error(`A "begins with" rule without its formula: ${JSON.stringify(r)}`);
  const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
  // A rule's fill is its background colour (dxf), where a cell's is its foreground.
  const ruleFill =
    fill && fill.type === "pattern" ? colour(fill.bgColor?.argb ?? fill.fgColor?.argb) : undefined;
  return { range, beginsWith: m[1].replace(/""/g, '"'), fill: ruleFill, font: fontOf(r.style?.font) };
}

function excelJsValue(cell: ExcelJS.Cell): {
  value?: string | number | boolean;
  formula?: string;
  link?: string;
} {
  const v = cell.value;
  if (v === null || v === undefined) return {};
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: v.getTime() / 86400000 + 25569 };
  const o = v as unknown as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    const formula = (o.formula as string | undefined) ?? cell.formula;
    const result = o.result as unknown;
    const value =
      typeof result === "number" || typeof result === "string" || typeof result === "boolean"
        ? result
        : result && typeof result === "object" && "error" in result
          ? String((result as { error: string }).error)
          : undefined;
    return { value, formula };
  }
  if ("error" in o) return { value: String(o.error) };
  if (Array.isArray(o.richText))
    return { value: (o.richText as { text: string }[]).map((t) => t.text).join("") };
  if ("hyperlink" in o) return { value: String(o.text), link: String(o.hyperlink).replace(/^#/, "") };
  return {};
}

/**
 * An .xlsx file as read by ExcelJS, with the links into the workbook and the print titles read from
 * its package (`fileLinks`, `filePrintTitles`).
 */
export function viewOfExcelJs(
  wb: ExcelJS.Workbook,
  links: FileLinks = new Map(),
  printTitles: FilePrintTitles = new Map(),
): WorkbookView {
  return {
    sheets: wb.worksheets.map((ws) => {
      const rules: RuleView[] = [];
      const formattings = (
        ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJsRule[] }[] }
      ).conditionalFormattings;
      for (const cf of formattings ?? [])
        for (const r of cf.rules) {
          const rule = excelJsRule(cf.ref, r);
          if (rule) rules.push(rule);
        }
      const cells: Record<string, CellView> = {};
      const merged = new Set<string>();
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.type === ExcelJS.ValueType.Merge) {
            merged.add((cell.master as ExcelJS.Cell).address);
            return;
          }
          const { value, formula, link } = excelJsValue(cell);
          const internal = links.get(ws.name)?.get(cell.address);
          cells[cell.address] = {
            value,
            formula,
            numberFormat: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
            fill: fillOf(cell.fill),
            font: fontOf(cell.font),
            link: internal ?? link,
            wrap: cell.alignment?.wrapText ? true : undefined,
          };
        }),
      );
      const widths: Record<string, number> = {};
      (ws.columns ?? []).forEach((col, i) => {
        if (col.width !== undefined) widths[columnLetters(i)] = round2(col.width);
      });
      const frozen = ws.views?.find((v) => v.state === "frozen") as ExcelJS.WorksheetViewFrozen | undefined;
      const mergedRanges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {})
        .map(
          (master) => (ws as unknown as { _merges: Record<string, { range: string }> })._merges[master].range,
        )
        .sort();
      void merged;
      return {
        name: ws.name,
        visibility: ws.state as SheetView["visibility"],
        cells: withRules(cells, rules),
        widths,
        rules,
        frozenRows: frozen?.ySplit ?? 0,
        merged: mergedRanges,
        page: excelJsPage(ws, printTitles),
      };
    }),
  };
}

// ---- the comparison ----

export interface Difference {
  where: string;
  office: unknown;
  file: unknown;
}

/** Every place the two workbooks differ: a sheet property, a cell or a column width. */
export function differences(office: WorkbookView, file: WorkbookView): Difference[] {
  const out: Difference[] = [];
  const names = (v: WorkbookView) => v.sheets.map((s) => s.name);
  if (JSON.stringify(names(office)) !== JSON.stringify(names(file)))
    out.push({ where: "sheet order", office: names(office), file: names(file) });
  for (const a of office.sheets) {
    const b = file.sheets.find((s) => s.name === a.name);
    if (!b) {
      out.push({ where: `${a.name}`, office: "present", file: "missing" });
      continue;
    }
    for (const key of ["visibility", "frozenRows", "merged", "page"] as const)
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        out.push({ where: `${a.name} ${key}`, office: a[key], file: b[key] });
    for (const address of new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]))
      if (JSON.stringify(sorted(a.cells[address])) !== JSON.stringify(sorted(b.cells[address])))
        out.push({ where: `${a.name}!${address}`, office: a.cells[address], file: b.cells[address] });
    for (const col of new Set([...Object.keys(a.widths), ...Object.keys(b.widths)]))
      if (a.widths[col] !== b.widths[col])
        out.push({ where: `${a.name} width ${col}`, office: a.widths[col], file: b.widths[col] });
  }
  for (const b of file.sheets)
    if (!office.sheets.some((s) => s.name === b.name))
      out.push({ where: b.name, office: "missing", file: "present" });
  return out;
}

function sorted(x: unknown): unknown {
  if (!x || typeof x !== "object") return x;
  return Object.fromEntries(
    Object.entries(x as Record<string, unknown>)
      .sort(([p], [q]) => p.localeCompare(q))
      .map(([k, v]) => [k, sorted(v)]),
  );
}
