/**
 * Counts where the add-in (fake Office host) and the command line write a different workbook, per
 * fixture in tests/fixtures: cells (value, formula, number format, fill, font, link), column widths
 * and sheet properties. Run with `npx tsx scripts/compareWriters.ts [--runs 2] [--show 20]`.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { differences } from "../tests/equivalence/workbookView";
import { writtenByCli, writtenByOffice } from "../tests/equivalence/writeBoth";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf("--runs") + 1] ?? 1) || 1;
  const show = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) : 0;
  const dir = path.resolve(__dirname, "../tests/fixtures");
  for (const name of readdirSync(dir)
    .filter((f) => /\.xls[xm]$/.test(f))
    .sort()) {
    const file = path.join(dir, name);
    const diff = differences(await writtenByOffice(file, runs), await writtenByCli(file, runs));
    const widths = diff.filter((d) => d.where.includes(" width ")).length;
    const cells = diff.filter((d) => d.where.includes("!")).length;
    process.stdout.write(
      `${name} (${runs} run${runs > 1 ? "s" : ""}): ${diff.length} differences: ${cells} cells, ${widths} column widths, ${diff.length - cells - widths} sheet properties\n`,
    );
    for (const d of diff.slice(0, show))
      process.stdout.write(
        `  ${d.where}: office ${JSON.stringify(d.office)} file ${JSON.stringify(d.file)}\n`,
      );
  }
}

void main();
