import type { IndentRequest, ReadIndents } from "../domain";
import { readCellProperties } from "./readCellProperties";

/**
 * Cells per sync when indents are read. `getCellProperties` answers about 30 bytes a cell
 * (`{"format":{"indentLevel":0}}`), so 100k cells stay near 3 MB, under the 5 MB answer limit.
 */
export const INDENT_CELL_BUDGET = 100_000;

const LOAD: Excel.CellPropertiesLoadOptions = { format: { indentLevel: true } };

/**
 * The indent level (Format › Alignment › Indent) of the cells the engine asks for (`indentCells`,
 * the columns that can hold labels), per sheet: an indented line under a heading is how many
 * budgets show that it belongs to that heading's total.
 */
export function readIndents(
  context: Excel.RequestContext,
  requests: readonly IndentRequest[],
  budget = INDENT_CELL_BUDGET,
): Promise<Map<string, ReadIndents[]>> {
  return readCellProperties(
    context,
    requests,
    LOAD,
    (range, cells): ReadIndents => ({
      range,
      indents: cells.map((row) => row.map((c) => c.format?.indentLevel ?? null)),
    }),
    budget,
  );
}
