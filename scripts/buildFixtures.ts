/**
 * Builds the workbook fixtures and the bundled sample from the seed report's figures.
 * Run with `npm run fixtures`; the files are committed so tests and users need no build step.
 */
import path from "node:path";
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
  ];
  for (const [file, specs] of targets) {
    await writeWorkbook(specs, path.join(root, file));
    process.stdout.write(`wrote ${file}\n`);
  }
}

void main();
