import { createFakeExcel, FakeOfficeError, installFakeOffice } from "./fakeExcel";

/** The fake must behave like Office where the adapter could otherwise get away with a bug. */
describe("the fake Excel host", () => {
  const oneSheet = () => createFakeExcel({ sheets: [{ name: "Blad1", values: [["a", 1]] }] });

  it("refuses to read a property that was not loaded and synced", async () => {
    const fake = oneSheet();
    const range = fake.context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
    range.load({ values: true });

    expect(() => range.values).toThrow(FakeOfficeError);
    await fake.context.sync();
    expect(range.values).toEqual([["a", 1]]);
    expect(() => range.formulas).toThrow("not available");
  });

  it("executes writes at sync, not before", async () => {
    const fake = oneSheet();
    fake.context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [["'x"]];

    expect(fake.cell("Blad1", "C1")).toBeUndefined();
    await fake.context.sync();
    expect(fake.cell("Blad1", "C1")).toEqual({ value: "x", type: "String" });
    expect(fake.syncCount).toBe(1);
  });

  it.each([
    ["=A1", { value: "#NAME?", type: "Error", formula: "=A1" }],
    ["-abc", { value: "#NAME?", type: "Error", formula: "=-abc" }],
    ["12,5", { value: "12,5", type: "String" }],
    ["12.5", { value: 12.5, type: "Double" }],
    ["50%", { value: 0.5, type: "Double" }],
    ["TRUE", { value: true, type: "Boolean" }],
    ["'=A1", { value: "=A1", type: "String" }],
  ])("takes the string %j as Excel would if it were typed", async (input, cell) => {
    const fake = oneSheet();
    fake.context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [[input]];
    await fake.context.sync();

    expect(fake.cell("Blad1", "C1")).toEqual(cell);
  });

  it("rejects a write to a protected sheet at sync", async () => {
    const fake = oneSheet();
    fake.protect("Blad1");
    fake.context.workbook.worksheets.getItem("Blad1").getRange("C1").values = [["'x"]];

    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.cell("Blad1", "C1")).toBeUndefined();
  });

  it("keeps the writes before an injected failure, as Excel does within a batch", async () => {
    const fake = oneSheet();
    const sheet = fake.context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("C1").values = [["'first"]];
    sheet.getRange("D1").values = [["'second"]];
    fake.failOnWrite(2);

    await expect(fake.context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.cell("Blad1", "C1")).toEqual({ value: "first", type: "String" });
    expect(fake.cell("Blad1", "D1")).toBeUndefined();
  });

  it("refuses a request over the payload limit without executing any of it", async () => {
    const fake = oneSheet();
    fake.setPayloadLimit(100);
    fake.context.workbook.worksheets.getItem("Blad1").getRange("C1:C20").values = Array.from(
      { length: 20 },
      () => ["'some text"],
    );

    await expect(fake.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Blad1", "C1")).toBeUndefined();
  });

  it("lacks, at run time, a member that fails to compile against the real Office types", () => {
    const fake = oneSheet();
    const misspelt = (context: Excel.RequestContext): void => {
      // @ts-expect-error `getUsedRangOrNullObject` is not an Excel API: tsc rejects it.
      context.workbook.worksheets.getItem("Blad1").getUsedRangOrNullObject(true);
    };

    expect(() => misspelt(fake.context)).toThrow(TypeError);
  });

  it("installs Office and Excel globals that run batches on the fake", async () => {
    const fake = oneSheet();
    const target: Record<string, unknown> = {};
    installFakeOffice(target, fake);
    const office = target.Office as { onReady: () => Promise<{ host: string }> };
    const excel = target.Excel as {
      run: (f: (c: Excel.RequestContext) => Promise<string>) => Promise<string>;
      SheetVisibility: { veryHidden: string };
    };

    const info = await office.onReady();
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1").load({ name: true });
      await context.sync();
      return sheet.name;
    });

    expect(info.host).toBe("Excel");
    expect(name).toBe("Blad1");
    expect(excel.SheetVisibility.veryHidden).toBe("VeryHidden");
  });
});
