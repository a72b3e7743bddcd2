import fc from "fast-check";
import { anyLayout, anySeed, smallShape } from "../fixtures/arbitraries";
import { checkAndRemove, checkAndWrite } from "./asThePane";
import { gridOf } from "../builders";
import { generateWorkbook, type Layout } from "../fixtures/generateWorkbook";
import { createFakeExcel, type FakeExcel, type WorkbookDump } from "./fakeExcel";

const layout = anyLayout(2);
const shape = smallShape({ programmes: 3, partsPerProgramme: 2, linesPerPart: 4 });
/** A user's text beside a table, so that status columns must move past it. */
const userNote = fc.option(fc.constantFrom("=SUM(A1)", "+31 6", "-", "@mij", "gewoon tekst"), {
  nil: undefined,
});

function fakeOf(
  s: Parameters<typeof generateWorkbook>[0],
  l: Layout,
  seed: number,
  note: string | undefined,
): FakeExcel {
  const { specs } = generateWorkbook(s, l, seed);
  const fake = createFakeExcel({
    sheets: specs.map((spec) => ({ name: spec.name, values: gridOf(spec).values })),
  });
  if (note !== undefined) fake.setCell(specs[0].name, "J2", note);
  return fake;
}

function inputsOf(before: WorkbookDump, after: WorkbookDump): unknown[] {
  return before.sheets.flatMap((sheet) =>
    Object.keys(sheet.cells).map((a) => after.sheets.find((s) => s.name === sheet.name)?.cells[a]),
  );
}

const RUNS = { numRuns: 40 };

describe("the write plan through the Excel adapter, on generated workbooks", () => {
  it("never changes an input cell", async () => {
    await fc.assert(
      fc.asyncProperty(shape, layout, anySeed, userNote, async (s, l, seed, note) => {
        const fake = fakeOf(s, l, seed, note);
        const before = fake.dump();
        await checkAndWrite(fake);
        expect(inputsOf(before, fake.dump())).toEqual(inputsOf(before, before));
      }),
      RUNS,
    );
  });

  it("gives the same workbook applied twice as applied once", async () => {
    await fc.assert(
      fc.asyncProperty(shape, layout, anySeed, userNote, async (s, l, seed, note) => {
        const fake = fakeOf(s, l, seed, note);
        await checkAndWrite(fake);
        const once = fake.dump();
        await checkAndWrite(fake);
        expect(fake.dump()).toEqual(once);
      }),
      RUNS,
    );
  });

  it("is undone exactly by Remove results", async () => {
    await fc.assert(
      fc.asyncProperty(shape, layout, anySeed, userNote, async (s, l, seed, note) => {
        const fake = fakeOf(s, l, seed, note);
        const before = fake.dump();
        await checkAndWrite(fake);
        await checkAndRemove(fake);
        expect(fake.dump()).toEqual(before);
      }),
      RUNS,
    );
  });
});
