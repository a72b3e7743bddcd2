/**
 * Builds the workbook fixtures and the bundled sample from the seed report's figures.
 * Run with `npm run fixtures`; the files are committed so tests and users need no build step.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { annualWorkbook, annualWorkbookFilled } from "../tests/fixtures/annual";
import { featureWorkbook } from "../tests/fixtures/featureWorkbook";
import { seedWorkbook } from "../tests/fixtures/seed";
import { seedWithFormulas, seedWithLayout } from "../tests/fixtures/variants";
import { writeWorkbook } from "../tests/fixtures/writeWorkbook";

const root = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const targets: [string, ReturnType<typeof seedWorkbook>][] = [
    ["samples/ipo-jaarverslag-2024.xlsx", seedWorkbook()],
    ["tests/fixtures/ipo-2024.xlsx", seedWorkbook()],
    ["tests/fixtures/ipo-2024-formulas.xlsx", seedWithFormulas()],
    ["tests/fixtures/ipo-2024-layout.xlsx", seedWithLayout()],
    // The rest of the annual report: outputs with filled lights, and the key for Bijlage 1.
    ["tests/fixtures/ipo-2024-annual.xlsx", annualWorkbook()],
    // Outputs in one flat table with coloured dots, and Bijlage 1 filled in with one wrong refund.
    ["tests/fixtures/ipo-2024-annual-filled.xlsx", annualWorkbookFilled()],
  ];
  for (const [file, specs] of targets) {
    await writeWorkbook(specs, path.join(root, file));
    process.stdout.write(`wrote ${file}\n`);
  }
  // Workbooks with charts, a pivot table, an image, comments and macros: what the output must keep.
  for (const [file, macros] of [
    ["tests/fixtures/features.xlsx", false],
    ["tests/fixtures/features.xlsm", true],
  ] as const) {
    await fs.writeFile(path.join(root, file), await featureWorkbook(macros));
    process.stdout.write(`wrote ${file}\n`);
  }
}

void main();
