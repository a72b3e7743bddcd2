import { findRelations } from "../../../src/domain/detect/findRelations";
import { relationFormula } from "../../../src/domain";
import type { Cents } from "../../../src/domain/money";
import { line, stageTable, total, type RowSpec } from "./stageBuilders";

const described = (specs: RowSpec[], columns: Parameters<typeof stageTable>[1]) => {
  const { rows, amounts } = stageTable(specs, columns);
  return findRelations(amounts, rows).map(
    (r) =>
      `${r.meaning}${r.rowKind ? ` (${r.rowKind})` : ""}: ${relationFormula(r)} ${r.holding}/${r.tested}${r.confirmed ? "" : " unconfirmed"}`,
  );
};

describe("findRelations: relations between columns, learnt from the rows", () => {
  const budgetActualVariance = [
    { role: "amended" as const, year: 2024 },
    { role: "actual" as const, year: 2024 },
    { role: "variance" as const },
  ];

  it.each<[string, RowSpec[], string[]]>([
    [
      "budget − actual",
      [line("a", 10, 8, 2), line("b", 5, 7, -2), line("c", 4, 4, 0), total("T", 19, 19, 0)],
      ["variance: D = B − C 4/4"],
    ],
    [
      "actual − budget",
      [line("a", 10, 8, -2), line("b", 5, 7, 2), line("c", 4, 3, -1), total("T", 19, 18, -1)],
      ["variance: D = C − B 4/4"],
    ],
    [
      "a variance most rows break as not confirmed, and so unchecked",
      [line("a", 10, 8, 5), line("b", 5, 7, 9), line("c", 4, 3, 1), line("d", 6, 2, 9)],
      ["variance: D = B − C 1/4 unconfirmed"],
    ],
  ])("reads %s", (_name, specs, expected) => {
    expect(described(specs, budgetActualVariance)).toEqual(expected);
  });

  it("learns the variance of income rows apart from that of cost rows", () => {
    const specs: RowSpec[] = [
      { ...line("Fees", 10, 8, 2), rowKind: "baten" },
      { ...line("Grants", 5, 7, -2), rowKind: "baten" },
      { ...line("Staff", 10, 8, -2), rowKind: "lasten" },
      { ...line("Rent", 5, 7, 2), rowKind: "lasten" },
    ];
    expect(described(specs, budgetActualVariance)).toEqual([
      "variance (baten): D = B − C 2/2",
      "variance (lasten): D = C − B 2/2",
    ]);
  });

  it.each<[string, number[][], string]>([
    [
      "baten − lasten",
      [
        [10, 4, -6],
        [7, 9, 2],
        [3, 1, -2],
      ],
      "saldo: D = C − B 3/3",
    ],
    [
      "lasten − baten",
      [
        [10, 4, 6],
        [7, 9, -2],
        [3, 1, 2],
      ],
      "saldo: D = B − C 3/3",
    ],
    [
      "their sum, baten printed negative",
      [
        [10, -4, 6],
        [7, -9, -2],
        [3, -1, 2],
      ],
      "saldo: D = B + C 3/3",
    ],
  ])("reads a saldo as %s", (_name, figures, expected) => {
    const columns = [
      { role: "actual" as const, kind: "lasten" as const },
      { role: "actual" as const, kind: "baten" as const },
      { role: "actual" as const, kind: "saldo" as const },
    ];
    expect(
      described(
        figures.map((f, i) => line(`p${i}`, ...f)),
        columns,
      ),
    ).toEqual([expected]);
  });

  it("reads amended = original + its amendments", () => {
    const columns = [
      { role: "original" as const },
      { role: "amendment" as const, header: "VJN" },
      { role: "amendment" as const, header: "NJN" },
      { role: "amended" as const },
    ];
    const specs = [line("a", 100, 5, -2, 103), line("b", 50, 0, 4, 54), line("c", 20, 1, 1, 22)];
    expect(described(specs, columns)).toEqual(["amended: E = B + C + D 3/3"]);
  });

  it("reads a percentage as one column over another", () => {
    const columns = [{ role: "actual" as const }, { role: "amended" as const }, { role: "percent" as const }];
    const { rows, amounts } = stageTable(
      [line("a", 50, 100, 0), line("b", 30, 40, 0), line("c", 9, 10, 0)],
      columns,
    );
    // Percentages are read at six decimals (0,5 → 500 000 hundredths of a millionth).
    amounts[2].scale = 10_000;
    [0.5, 0.75, 0.9].forEach((p, i) => (amounts[2].cents[i] = (p * 1_000_000) as Cents));
    const relations = findRelations(amounts, rows).filter((r) => r.confirmed);
    expect(relations.map((r) => relationFormula(r))).toEqual(["D = B / C"]);
  });
});
