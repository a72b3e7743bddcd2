import type { ColourRequest, ReadColours } from "../domain";
import { readCellProperties } from "./readCellProperties";

/**
 * Cells per sync when colours are read. `getCellProperties` answers about 70 bytes a cell (a fill
 * and a font colour in their JSON), so 40k cells stay near 2.8 MB, under the 5 MB answer limit.
 */
export const COLOUR_CELL_BUDGET = 40_000;

const LOAD: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true }, font: { color: true } } };

/** The fill and font colour of the cells the engine asks for (`colourCells`), per sheet. */
export function readColours(
  context: Excel.RequestContext,
  requests: readonly ColourRequest[],
  budget = COLOUR_CELL_BUDGET,
): Promise<Map<string, ReadColours[]>> {
  return readCellProperties(
    context,
    requests,
    LOAD,
    (range, cells): ReadColours => ({
      range,
      fills: cells.map((row) => row.map((c) => c.format?.fill?.color ?? null)),
      fontColors: cells.map((row) => row.map((c) => c.format?.font?.color ?? null)),
    }),
    budget,
  );
}
