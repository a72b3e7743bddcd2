import { linkTotals } from "../../../src/domain/detect/linkTotals";
import { heading, line, stageTable, total, type RowSpec } from "./stageBuilders";

const THREE = [{ role: "amended" as const }, { role: "actual" as const }, { role: "variance" as const }];

/** Each total's label with the labels it adds (and subtracts), and the rows read as lines although named totals. */
function linked(specs: RowSpec[], columns = THREE) {
  const { rows, amounts } = stageTable(specs, columns);
  const { unconfirmed } = linkTotals(rows, amounts);
  const totals: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows.kind[i] !== "total") continue;
    const plus = (rows.children[i] ?? []).map((j) => rows.label[j]).join(" + ");
    const minus = (rows.minus[i] ?? []).map((j) => ` − ${rows.label[j]}`).join("");
    totals.push(`${rows.label[i]} = ${plus}${minus}`);
  }
  return { totals, unconfirmed: unconfirmed.map((i) => rows.label[i]) };
}

describe("linkTotals: what each total adds up, confirmed by the figures", () => {
  it.each<[string, RowSpec[], string[]]>([
    [
      "a subtotal per heading and a grand total of the subtotals",
      [
        heading("P1"),
        line("a", 10, 8, 2),
        line("b", 5, 5, 0),
        total("Subtotaal", 15, 13, 2),
        heading("P2"),
        line("c", 7, 9, -2),
        total("Subtotaal", 7, 9, -2),
        total("Totaal", 22, 22, 0),
      ],
      ["Subtotaal = a + b", "Subtotaal = c", "Totaal = Subtotaal + Subtotaal"],
    ],
    [
      "a total that repeats its heading",
      [heading("Income"), line("Fees", 10, 12, 2), line("Grants", 5, 4, -1), line("Income", 15, 16, 1)],
      ["Income = Fees + Grants"],
    ],
    [
      "a total named after its heading, around sub-headings without totals",
      [
        heading("Intergovernmental revenue"),
        line("Federal", 10, 10, 0),
        heading("State"),
        line("Aid", 5, 6, 1),
        heading("Other"),
        line("County", 1, 2, 1),
        total("Total intergovernmental revenue", 16, 18, 2),
      ],
      ["Total intergovernmental revenue = Federal + Aid + County"],
    ],
    [
      "a net of two totals: baten − lasten",
      [
        line("P1 lasten", 10, 12, -2),
        total("Totaal lasten", 10, 12, -2),
        line("P1 baten", 4, 5, 1),
        total("Totaal baten", 4, 5, 1),
        total("Totaal saldo van baten en lasten", -6, -7, -1),
      ],
      [
        "Totaal lasten = P1 lasten",
        "Totaal baten = P1 baten",
        "Totaal saldo van baten en lasten = Totaal baten − Totaal lasten",
      ],
    ],
    [
      "a subtotal by indentation, without a total's word",
      [
        { ...line("Salaries", 100, 90, 10), indent: 2 },
        { ...line("Social", 20, 20, 0), indent: 2 },
        { ...line("Personnel", 120, 110, 10), indent: 1 },
        { ...line("Rent", 30, 30, 0), indent: 1 },
        total("Total", 150, 140, 10),
      ],
      ["Personnel = Salaries + Social", "Total = Personnel + Rent"],
    ],
    [
      "a total above its lines",
      [
        line("Uitgaven", 300, 310, -10),
        line("Personeel", 100, 120, -20),
        line("Materieel", 200, 190, 10),
        line("Overig", 5, 5, 0),
      ],
      ["Uitgaven = Personeel + Materieel"],
    ],
  ])("reads %s", (_name, specs, expected) => {
    expect(linked(specs).totals).toEqual(expected);
  });

  it("keeps a total with one wrong figure as the total of its block, never a line of the next", () => {
    const { totals } = linked([
      line("a", 10, 8, 2),
      line("b", 5, 5, 0),
      total("Totaal blok 1", 15, 99, 2),
      line("c", 7, 9, -2),
      total("Totaal blok 2", 7, 9, -2),
    ]);
    expect(totals).toEqual(["Totaal blok 1 = a + b", "Totaal blok 2 = c"]);
  });

  it("reads a row named a total that adds up to no rows above it as a line, and says so", () => {
    expect(
      linked([
        line("Taxes", 100, 110, 10),
        line("Grants", 50, 45, -5),
        total("Total other receipts", 30, 35, 5),
        total("Total receipts", 180, 190, 10),
      ]),
    ).toEqual({
      totals: ["Total receipts = Taxes + Grants + Total other receipts"],
      unconfirmed: ["Total other receipts"],
    });
  });

  it("checks a total of a one-column table by its label, where no other column can confirm it", () => {
    const { totals } = linked([line("a", 10), line("b", 5), total("Totaal", 99)], [{ role: "variance" }]);
    expect(totals).toEqual(["Totaal = a + b"]);
  });
});
