import { toA1 } from "../address";
import { cellText } from "../text";
import type { StructureEntry } from "../types";
import { classifyHeader } from "./classifyHeader";
import { parseCodeCell, parseLabel } from "./parseLabel";
import type { SheetView } from "./sheetView";

const STRUCTURE_SHEET = /structuur|structure|programma-?indeling|codes/i;

/**
 * Reads a reference sheet of the programme structure: a `Code | Naam` list, or, on a sheet named
 * for it, labels that start with their code (`1.1.1 Ruimtelijke ontwikkeling`). Null when the
 * sheet is not one.
 */
export function detectStructure(view: SheetView): StructureEntry[] | null {
  for (let r = view.firstRow; r <= Math.min(view.lastRow, view.firstRow + 20); r++) {
    let codeCol: number | null = null;
    let nameCol: number | null = null;
    for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
      const role = classifyHeader(cellText(view.value(r, c))).role;
      if (role === "code" && codeCol === null) codeCol = c;
      else if (role === "label" && nameCol === null) nameCol = c;
    }
    if (codeCol !== null && nameCol !== null) return readColumns(view, r + 1, codeCol, nameCol);
  }
  return STRUCTURE_SHEET.test(view.sheet) ? readLabels(view) : null;
}

function readColumns(
  view: SheetView,
  first: number,
  codeCol: number,
  nameCol: number,
): StructureEntry[] | null {
  const out: StructureEntry[] = [];
  for (let r = first; r <= view.lastRow; r++) {
    const code = parseCodeCell(view.value(r, codeCol));
    const name = cellText(view.value(r, nameCol));
    if (code === null || name === "") continue;
    out.push({ code, name, sheet: view.sheet, cell: toA1(r, nameCol) });
  }
  return out.length > 0 ? out : null;
}

function readLabels(view: SheetView): StructureEntry[] | null {
  const out: StructureEntry[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    for (let c = view.firstCol; c <= view.lastColOf(r); c++) {
      const text = cellText(view.value(r, c));
      if (text === "") continue;
      const parsed = parseLabel(text);
      if (parsed.code !== null && parsed.name !== "" && !parsed.isTotal) {
        out.push({ code: parsed.code, name: parsed.name, sheet: view.sheet, cell: toA1(r, c) });
      }
      break;
    }
  }
  return out.length > 0 ? out : null;
}
