import { budgetSheet } from "../../bench/budgetWorkbook";
import { gridOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { createFakeExcel, type FakeExcel } from "./fakeExcel";

/** The seed workbook (tests/fixtures/seed.ts) in the fake host, cell for cell as the engine's grids. */
export function seedExcel(apiVersion?: string): FakeExcel {
  return createFakeExcel({
    apiVersion,
    sheets: seedWorkbook().map((spec) => ({
      name: spec.name,
      values: gridOf(spec).values,
      formulas: gridOf(spec).formulas,
    })),
  });
}

/** A generated budget of about `rows` rows in the fake host. */
export function budgetExcel(rows: number): FakeExcel {
  return createFakeExcel({ sheets: [budgetSheet(rows)] });
}
