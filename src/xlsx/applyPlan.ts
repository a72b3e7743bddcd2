import {
  OWNERSHIP_SHEET,
  quoteSheet,
  regionBounds,
  type CellStyle,
  type Ownership,
  type PlanCell,
  type StatusKind,
  type WritePlan,
} from "../domain";
import type { CellWrite, RegionBounds, SheetEdits } from "./package/editWorksheet";
import type { CellLook } from "./package/styleRegistry";
import type { WorkbookPackage } from "./package/workbookPackage";
import type { SheetCell } from "./package/worksheetXml";

/** Fills for the styles of the plan: the traffic-light colours finance staff expect. */
const FILLS: Partial<Record<CellStyle, string>> = {
  header: "FFD9D9D9",
  ok: "FFE2EFDA",
  rounding: "FFFFF2CC",
  error: "FFF8CBAD",
  warning: "FFFCE4D6",
  green: "FF92D050",
  orange: "FFFFC000",
  red: "FFFF5050",
  accepted: "FFEDEDED",
};

/** Widths of status columns the user has not sized: room for a drafted note, a reason, a figure. */
const STATUS_WIDTHS: Record<StatusKind, number> = { draft: 60, check: 22, variancePct: 12, light: 12 };

/** Text longer than this wraps, top-aligned, instead of running over the next cells. */
const WRAP_AFTER = 60;

/**
 * Executes a write plan on a workbook package: first takes out what an earlier run wrote, then
 * writes the status columns, the result sheets and the ownership record. Input cells are not
 * touched; each sheet is edited once, clearing and writing together.
 */
export async function applyPlan(pkg: WorkbookPackage, plan: WritePlan): Promise<void> {
  const edits = new Map<string, SheetEdits>();
  const editsOf = (sheet: string) => {
    let e = edits.get(sheet);
    if (!e) edits.set(sheet, (e = { clear: [], cells: [], widths: [] }));
    return e;
  };
  const names = new Set(pkg.sheets().map((s) => s.name));
  for (const region of plan.previous?.regions ?? []) {
    const b = regionBounds(region.range);
    if (b && names.has(region.sheet)) editsOf(region.sheet).clear.push(b);
  }
  for (const block of plan.blocks) {
    if (!names.has(block.sheet)) throw new Error(`Plan names a sheet the workbook lacks: ${block.sheet}`);
    const e = editsOf(block.sheet);
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell.value !== null) e.cells.push(written(block.row + i, block.col + j, cell));
      }),
    );
    block.kinds.forEach((kind, j) => e.widths.push({ col: block.col + j, width: STATUS_WIDTHS[kind] }));
  }
  for (const [sheet, e] of edits) await pkg.editSheet(sheet, e);

  const wanted = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const ours = new Set([...(plan.previous?.sheets ?? []), OWNERSHIP_SHEET].map((n) => n.toLowerCase()));
  for (const name of plan.previous?.sheets ?? [])
    if (!wanted.has(name.toLowerCase()) && names.has(name)) pkg.removeSheet(name);
  for (const sheet of plan.sheets) {
    assertOurs(pkg, sheet.name, ours);
    await pkg.writeSheet(sheet.name, {
      cells: sheet.cells.map((row) => row.map(sheetCell)),
      widths: sheet.columnWidths,
      frozenRows: 1,
    });
  }
  const record = plan.ownershipSheet.cells.map((row) =>
    row.map((v): SheetCell => ({ value: typeof v === "string" || typeof v === "number" ? v : null })),
  );
  await pkg.writeSheet(plan.ownershipSheet.name, { cells: record }, "veryHidden");
}

/** Takes out exactly what an earlier run recorded: its status cells (values and formats), its sheets and the record. */
export async function removeOwned(pkg: WorkbookPackage, owned: Ownership | null): Promise<void> {
  const names = new Set(pkg.sheets().map((s) => s.name));
  const clears = new Map<string, RegionBounds[]>();
  for (const region of owned?.regions ?? []) {
    const b = regionBounds(region.range);
    if (b && names.has(region.sheet)) clears.set(region.sheet, [...(clears.get(region.sheet) ?? []), b]);
  }
  for (const [sheet, clear] of clears) await pkg.editSheet(sheet, { clear, cells: [], widths: [] });
  for (const name of [...(owned?.sheets ?? []), OWNERSHIP_SHEET]) if (names.has(name)) pkg.removeSheet(name);
}

/** A result sheet's name may only replace a sheet Stoplicht wrote: never a user's sheet or chart sheet. */
function assertOurs(pkg: WorkbookPackage, name: string, ours: Set<string>): void {
  const lower = name.toLowerCase();
  if (!ours.has(lower) && pkg.sheets().some((s) => s.name.toLowerCase() === lower))
    throw new Error(`The workbook already has a sheet named ${name}: Stoplicht does not write over it`);
}

function written(row: number, col: number, cell: PlanCell): CellWrite {
  return { row, col, value: cell.value, look: lookOf(cell) };
}

function sheetCell(cell: PlanCell): SheetCell {
  const look = lookOf(cell);
  const link =
    cell.link && typeof cell.value === "string"
      ? `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`
      : undefined;
  return { value: cell.value, ...(look ? { look } : {}), ...(link ? { link } : {}) };
}

/**
 * How a plan cell looks. One object per distinct look, so that the style registry meets the same
 * few objects on every row of a large table and finds their format in its cache.
 */
function lookOf(cell: PlanCell): CellLook | undefined {
  const linked = !!cell.link && typeof cell.value === "string";
  const wrap = typeof cell.value === "string" && cell.value.length > WRAP_AFTER;
  const key = `${cell.style ?? ""}|${cell.numberFormat ?? ""}|${linked}|${wrap}`;
  if (LOOKS.has(key)) return LOOKS.get(key);
  const look: CellLook = {};
  const fill = cell.style ? FILLS[cell.style] : undefined;
  if (fill) look.fill = fill;
  if (cell.numberFormat) look.numberFormat = cell.numberFormat;
  if (linked) Object.assign(look, { fontColor: "FF0563C1", underline: true });
  if (cell.style === "header") look.bold = true;
  if (cell.style === "draft") Object.assign(look, { italic: true, fontColor: "FF7F7F7F" });
  if (wrap) look.wrapTop = true;
  const result = Object.keys(look).length > 0 ? look : undefined;
  LOOKS.set(key, result);
  return result;
}

const LOOKS = new Map<string, CellLook | undefined>();
