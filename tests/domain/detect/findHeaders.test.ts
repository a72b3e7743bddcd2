import type { CellValue } from "../../../src/domain";
import { findHeaders } from "../../../src/domain/detect/findHeaders";
import { SheetView } from "../../../src/domain/detect/sheetView";
import { gridOf } from "../../builders";

const headers = (rows: CellValue[][], merged?: string[]) =>
  findHeaders(new SheetView(gridOf({ name: "S", rows, merged }))).map((h) => ({
    rows: [h.firstRow + 1, h.lastRow + 1],
    columns: [...h.columns.entries()].map(
      ([col, m]) => `${"ABCDEFGHIJ"[col]}:${m.role}${m.group ? ` [${m.group}]` : ""}`,
    ),
  }));

describe("findHeaders: the rows that head a table, and each column's header", () => {
  it("reads a group merged over Lasten | Baten | Saldo as each column's group", () => {
    expect(
      headers(
        [
          [null, "Begroting 2017", null, null, "Verschil", null, null],
          [null, "Lasten", "Baten", "Saldo", "Lasten", "Baten", "Saldo"],
          ["Doel 1", 1, 2, 3, 4, 5, 6],
        ],
        ["B1:D1", "E1:G1"],
      ),
    ).toEqual([
      {
        rows: [1, 2],
        columns: [
          "B:budget [Begroting 2017]",
          "C:budget [Begroting 2017]",
          "D:budget [Begroting 2017]",
          "E:variance [Verschil]",
          "F:variance [Verschil]",
          "G:variance [Verschil]",
        ],
      },
    ]);
  });

  it("reads four header rows, and carries no header written down its own column over to the next", () => {
    expect(
      headers([
        [null, "2003", null, null, "2002"],
        [null, null, null, "Over", null],
        [null, null, null, "(Under)", null],
        [null, "Budget", "Actual", "Budget", "Actual"],
        ["Taxes", 100, 110, 10, 90],
      ]),
    ).toEqual([
      {
        rows: [1, 4],
        columns: ["B:budget [2003]", "C:actual [2003]", "D:variance [Over (Under)]", "E:actual [2002]"],
      },
    ]);
  });

  it("leaves a heading alone in the label column to the data, and a title row out", () => {
    expect(
      headers([
        ["Begroting en realisatie 2024", null, null, "bedragen x € 1.000"],
        ["Omschrijving", "Budget", "Actual", "Variance"],
        ["Income", null, null, null],
        ["Fees", 10, 12, 2],
      ]),
    ).toEqual([{ rows: [2, 2], columns: ["A:label", "B:budget", "C:actual", "D:variance"] }]);
  });

  it("keeps two funds side by side as one header, and splits two tables at their label columns", () => {
    const funds = headers(
      [
        [null, "General Fund", null, "Capital Fund", null],
        ["Department", "Budget", "Actual", "Budget", "Actual"],
        ["A", 1, 2, 3, 4],
      ],
      ["B1:C1", "D1:E1"],
    );
    expect(funds).toHaveLength(1);
    const twoTables = headers([
      ["Programma", "Begroting", "Rekening", "Programma", "Begroting", "Rekening"],
      ["1 A", 1, 2, "2 B", 3, 4],
    ]);
    expect(twoTables.map((h) => h.columns[0])).toEqual(["A:label", "D:label"]);
  });

  it("reads a specification of one amount with its V/N and number columns as a header", () => {
    expect(
      headers([
        ["Nr", "Omschrijving", "Bedrag", "V/N"],
        [1, "Personeel", 100, "V"],
      ]),
    ).toEqual([{ rows: [1, 1], columns: ["A:code", "B:label", "C:amount", "D:flag"] }]);
  });
});
