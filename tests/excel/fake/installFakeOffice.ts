import type { FakeExcel } from "./createFakeExcel";
import { compareVersions } from "./ops";

/**
 * Installs `Office` and `Excel` globals backed by the fake, for a page that loads the task pane
 * without Office: `Office.onReady` resolves as in Excel and `Excel.run` runs batches on the fake.
 */
export function installFakeOffice(globalObject: object, fake: FakeExcel, apiVersion = fake.apiVersion): void {
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
