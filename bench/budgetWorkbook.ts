import type { CellValue } from "../src/domain";
import { DETAIL_HEADER } from "../tests/fixtures/seed";

export interface GeneratedSheet {
  name: string;
  values: CellValue[][];
}

const LINES_PER_PROGRAMME = 50;

/**
 * A budget sheet of about `rows` rows laid out like the seed's "Programma's": programme tables
 * stacked two empty rows apart, each a header, a group row, budget lines and a total. Figures are
 * deterministic; every 97th line's variance is off by 10 (an error) and about one line in forty
 * exceeds the note threshold, so the check writes errors, lights and drafted notes.
 */
export function budgetSheet(rows: number): GeneratedSheet {
  const values: CellValue[][] = [];
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  let line = 0;
  for (let p = 1; values.length < rows; p++) {
    if (values.length > 0) values.push([], []);
    values.push([...DETAIL_HEADER], [`${p}.1 Programmaonderdeel ${p}`]);
    const total = [0, 0, 0, 0, 0];
    for (let k = 1; k <= LINES_PER_PROGRAMME && values.length < rows - 2; k++, line++) {
      const original = 100000 + (next() % 900000);
      const amended = original + (next() % 3 === 0 ? 25000 : 0);
      // Most lines stay within the note threshold; one in twenty overspends or underspends by more.
      const spread = line % 20 === 7 ? 240000 : 40000;
      const actual = amended - spread / 2 + (next() % spread);
      const prior = original - 20000 + (next() % 40000);
      const variance = amended - actual + (line % 97 === 96 ? 10 : 0);
      const figures = [prior, original, amended, actual, variance];
      figures.forEach((f, i) => (total[i] += f));
      values.push([`${p}.1.${k} Begrotingsregel ${p}.${k}`, ...figures]);
    }
    values.push([], [`Totaal ${p}. Programma ${p}`, ...total]);
  }
  return { name: "Programma's", values };
}
