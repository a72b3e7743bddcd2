import { check } from "../../src/domain";
import { readWorkbook } from "../../src/excel";
import { readColours } from "../../src/excel/readColours";
import { gridOf, gridsOf } from "../builders";
import { annualWorkbook, annualWorkbookFilled } from "../fixtures/annual";
import type { SheetSpec } from "../fixtures/seed";
import { createFakeExcel } from "./fakeExcel";

/** The specs in the fake host, cell for cell, fills and font colours included. */
function fakeOf(specs: SheetSpec[]) {
  return createFakeExcel({
    sheets: specs.map((spec) => {
      const g = gridOf(spec);
      return {
        name: g.sheet,
        values: g.values,
        numberFormats: g.numberFormats,
        fills: g.fills,
        fontColors: g.fontColors,
      };
    }),
  });
}

/** A sheet of `n` outputs, every light filled green. */
function manyOutputs(n: number): SheetSpec {
  const rows = [
    ["Geplande output 2024", "Inhoud", "Geld"],
    ...Array.from({ length: n }, (_, i) => [`${i + 1}. Output`]),
  ];
  const fills = rows.map((_, i) => (i === 0 ? [] : [null, "#00B050", "#00B050"]));
  return { name: "Output", rows, fills };
}

describe("reading the colours of lights from Excel", () => {
  it.each([
    ["filled lights", annualWorkbook],
    ["coloured dots", annualWorkbookFilled],
  ])("finds with %s what the engine finds in the grids, in one sync more", async (_name, specs) => {
    const fake = fakeOf(specs());
    const { grids } = await readWorkbook(fake.context);
    const fromExcel = check(grids);
    const fromGrids = check(gridsOf(specs()));
    expect(fromExcel.annual.outputs.outputs).toEqual(fromGrids.annual.outputs.outputs);
    expect(fromExcel.findings).toEqual(fromGrids.findings);
    const plain = fakeOf(specs().filter((s) => s.name !== "Output"));
    await readWorkbook(plain.context);
    expect(fake.syncCount).toBe(plain.syncCount + 1);
  });

  it("reads only the light columns: the output texts and other sheets carry no colours", async () => {
    const { grids } = await readWorkbook(fakeOf(annualWorkbook()).context);
    const output = grids.find((g) => g.sheet === "Output")!;
    expect(output.fills!.every((row) => row[0] === null)).toBe(true);
    expect(output.fills![5].slice(0, 3)).toEqual([null, "#00B050", "#00B050"]);
    expect(grids.filter((g) => g.fills).map((g) => g.sheet)).toEqual(["Output"]);
  });

  it("reads 90,000 lights in parts whose answers stay under Excel on the web's 5 MB", async () => {
    const fake = fakeOf([manyOutputs(45_000)]);
    const { grids } = await readWorkbook(fake.context);
    expect(check(grids).annual.outputs.perProgramme).toEqual([
      expect.objectContaining({ outputs: 45_000, green: 45_000 }),
    ]);
    expect(fake.maxPayload.response).toBeLessThan(5 * 1024 * 1024);
  });

  it("reads a part again in halves when Office refuses it as too large", async () => {
    const fake = fakeOf([manyOutputs(2_000)]);
    fake.setPayloadLimit(60_000);
    const syncs = fake.syncCount;
    const read = await readColours(fake.context, [{ sheet: "Output", ranges: ["B2:C2001"] }]);
    const parts = read.get("Output")!;
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.fills).every((row) => row.every((c) => c === "#00B050"))).toBe(true);
    expect(parts.reduce((n, p) => n + p.fills.length, 0)).toBe(2000);
    expect(fake.syncCount - syncs).toBeGreaterThan(1);
  });
});
