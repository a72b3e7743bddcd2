import type { FakeExcel } from "./createFakeExcel";

/**
 * Installs `Office` and `Excel` globals backed by the fake, for a page that loads the task pane
 * without Office: `Office.onReady` resolves as in Excel and `Excel.run` runs batches on the fake.
 */
export function installFakeOffice(globalObject: object, fake: FakeExcel, apiVersion = "1.9"): void {
  const target = globalObject as Record<string, unknown>;
  const supported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && compareVersions(version ?? "1.1", apiVersion) <= 0;
  const info = { host: "Excel", platform: "OfficeOnline" };
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: supported } },
  };
  target.Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => fake.run(batch),
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ConditionalFormatType: { containsText: "ContainsText", custom: "Custom", cellValue: "CellValue" },
    ConditionalTextOperator: {
      contains: "Contains",
      notContains: "NotContains",
      beginsWith: "BeginsWith",
      endsWith: "EndsWith",
    },
    ClearApplyTo: {
      all: "All",
      formats: "Formats",
      contents: "Contents",
      hyperlinks: "Hyperlinks",
      removeHyperlinks: "RemoveHyperlinks",
    },
    RangeValueType: {
      unknown: "Unknown",
      empty: "Empty",
      string: "String",
      integer: "Integer",
      double: "Double",
      boolean: "Boolean",
      error: "Error",
      richValue: "RichValue",
    },
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
    },
  };
}

function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
