import { check, OWNERSHIP_SHEET, type CellValue, type Grid, type WritePlan } from "../src/domain";

/**
 * The grids as an adapter leaves them after carrying out `plan` on `grids`: status values, the
 * widths the plan gave, the result sheets and the record. What a second run reads.
 */
export function afterWrite(grids: readonly Grid[], plan: WritePlan = check(grids).plan): Grid[] {
  const out = grids.map((g) => ({
    ...g,
    values: g.values.map((r) => [...r]),
    columnWidths: [...(g.columnWidths ?? [])],
  }));
  for (const b of plan.blocks) {
    const g = out.find((x) => x.sheet === b.sheet)!;
    b.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        while (g.values.length <= b.row + i) g.values.push([]);
        const r = g.values[b.row + i] as CellValue[];
        while (r.length <= b.col + j) r.push(null);
        r[b.col + j] = cell.value;
      }),
    );
    b.columns.forEach((c, j) => {
      if (c.width !== null) g.columnWidths[b.col + j] = c.width;
    });
  }
  return [
    ...out,
    ...plan.sheets.map((s) => ({
      sheet: s.name,
      topLeft: "A1",
      values: s.cells.map((r) => r.map((c) => c.value)),
      columnWidths: s.columnWidths,
    })),
    { sheet: OWNERSHIP_SHEET, topLeft: "A1", values: plan.ownershipSheet.cells, hidden: true },
  ];
}
