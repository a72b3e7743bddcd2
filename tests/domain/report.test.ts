import { check, toReport } from "../../src/domain";
import { gridOf } from "../builders";
import { twoBudgets } from "../fixtures/families";

describe("the JSON report's tables", () => {
  const spec = twoBudgets("V", [3, 2]);
  const table = toReport(check([gridOf(spec)]), "v.xlsx").tables[0];

  it("lists each column with its group, kind and year, and whether it was understood", () => {
    expect(table.columns.slice(0, 4)).toEqual([
      { column: "A", role: "label", header: "", understood: true },
      {
        column: "B",
        role: "amended",
        header: "Begroting na wijziging 2016 Lasten",
        group: "Begroting na wijziging 2016",
        kind: "lasten",
        year: 2016,
        understood: true,
      },
      {
        column: "C",
        role: "amended",
        header: "Begroting na wijziging 2016 Baten",
        group: "Begroting na wijziging 2016",
        kind: "baten",
        year: 2016,
        understood: true,
      },
      {
        column: "D",
        role: "amended",
        header: "Begroting na wijziging 2016 Saldo",
        group: "Begroting na wijziging 2016",
        kind: "saldo",
        year: 2016,
        understood: true,
      },
    ]);
    expect([table.currency, table.scale, table.title]).toEqual(["EUR", 1000, "Verklaring verschillen"]);
  });

  it("lists the relations the rows confirmed, with how many rows hold each", () => {
    const confirmed = table.relations
      .filter((r) => r.confirmed)
      .map((r) => `${r.meaning}: ${r.formula} (${r.holding}/${r.tested})`);
    expect(confirmed).toEqual(
      expect.arrayContaining([
        "saldo: D = C − B (7/7)",
        "variance: H = B − E (7/7)",
        "variance: I = F − C (7/7)",
        "variance: J = G − D (7/7)",
      ]),
    );
  });

  it("lists a row labelled as a total that adds up to nothing, and a column it could not read", () => {
    const report = toReport(
      check([
        gridOf({
          name: "S",
          rows: [
            ["Receipts", "Budget", "Actual", null],
            ["Taxes", 100, 110, 7],
            ["Grants", 50, 45, 3],
            ["Total other receipts", 30, 35, 1],
            ["Total receipts", 180, 190, 11],
          ],
        }),
      ]),
      "s.xlsx",
    ).tables[0];
    expect(report.unconfirmedTotals).toEqual(["A4"]);
    expect(report.columns.find((c) => c.column === "D")).toEqual({
      column: "D",
      role: "unknown",
      header: "",
      understood: false,
    });
  });
});
