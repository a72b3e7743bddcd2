import fc from "fast-check";
import { CodeIndex } from "../../src/domain/codeIndex";
import type { Table, TableRows } from "../../src/domain";

/** Just enough of a table for the index: its id and its rows' codes and kinds. */
function tableOf(id: string, codes: (string | null)[]): Table {
  const rows: Partial<TableRows> = {
    length: codes.length,
    row: codes.map((_, index) => index + 1),
    kind: codes.map((code) => (code === "" ? "blank" : "line")),
    code: codes.map((code) => (code === "" ? null : code)),
  };
  return { id, rows } as unknown as Table;
}

describe("CodeIndex", () => {
  it("finds every row of a code, in table and row order, and whether a table has it", () => {
    const a = tableOf("A", ["1", "1.1", "", "1.2", "1"]);
    const b = tableOf("B", ["1", "2", null]);
    const index = new CodeIndex([a, b]);
    expect(index.occurrences("1").map((o) => `${o.table.id}${o.index}`)).toEqual(["A0", "A4", "B0"]);
    expect(index.occurrences("1.2").map((o) => `${o.table.id}${o.index}`)).toEqual(["A3"]);
    expect(index.occurrences("3")).toEqual([]);
    expect([...index.repeated.keys()]).toEqual(["1"]);
    expect(index.inTable("2", b)).toBe(true);
    expect(index.inTable("2", a)).toBe(false);
    expect(index.inTable("1", b)).toBe(true);
  });

  it("agrees with a plain map on thousands of codes, where its own hash table collides", () => {
    const code = fc
      .array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 3 })
      .map((levels) => levels.join("."));
    const tables = fc.array(fc.array(code, { maxLength: 400 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(tables, (codeLists) => {
        const built = codeLists.map((codes, t) => tableOf(`T${t}`, codes));
        const index = new CodeIndex(built);
        const expected = new Map<string, string[]>();
        built.forEach((table) =>
          table.rows.code.forEach((code, index) => {
            const list = expected.get(code!) ?? [];
            list.push(`${table.id}:${index}`);
            expected.set(code!, list);
          }),
        );
        for (const [c, list] of expected) {
          expect(index.occurrences(c).map((o) => `${o.table.id}:${o.index}`)).toEqual(list);
          expect(index.repeated.has(c)).toBe(list.length > 1);
          for (const table of built)
            expect(index.inTable(c, table)).toBe(list.some((x) => x.startsWith(`${table.id}:`)));
        }
      }),
      { numRuns: 50 },
    );
  });
});
