import { fold } from "../text";
import type { AmountColumn, TableRows } from "../types";
import { formulaTerms } from "./formulaTerms";
import { isDescendant, parseLabel, rootCode } from "./parseLabel";

/** What linking found besides the totals it linked. */
export interface LinkResult {
  /** Rows labelled as totals whose figures add up to no rows above them: read as lines. */
  unconfirmed: number[];
}

/** A block a total may add up: rows added, rows subtracted (a saldo), and how plausible it is. */
interface Candidate {
  plus: number[];
  minus: number[];
  /** Lower is the reading the labels and codes suggest first. */
  rank: number;
  /** A programme's Saldo of its own Lasten and Baten rows, which the totals of their kinds add up too. */
  kindGroup?: boolean;
}

interface Evidence {
  holds: number;
  fails: number;
  /** Columns of budgets and actuals that hold: a variance column's small figures agree by chance more often. */
  baseHolds: number;
}

const SUBTOTAL = /^sub/i;
/** Labels that head a block of figures of their kind ("Uitgaven", then its parts). */
const SECTION_LABEL =
  /^(uitgaven|inkomsten|lasten|baten|ontvangsten|opbrengsten|kosten|expenditures?|income|revenues?|receipts|payments|expenses)$/;
const TOTAL_INSIDE =
  /\b(total|totaal|saldo|net|netto|resultaat|result|surplus|deficit|deficiency|excess|overschot|tekort|ending|eindstand|eindsaldo|end of (the )?year)\b/;
/** A total of a net: baten − lasten, income − expenditure, a result. */
const NET_LABEL =
  /\b(saldo|resultaat|result|net|netto|surplus|deficit|overschot|tekort|report total|balance|per saldo|gerealiseerd resultaat|bestemming|excess|mutaties? (in )?reserves?|change in fund balance|ending|eindstand|eindsaldo|end of (the )?year)\b/;

/**
 * Stage 3 of reading a table, its rows: what each total adds up. A total's block is read from
 * the structure (its code, the heading it repeats or follows, the rows since the last total) and
 * confirmed by the figures: of the blocks the structure allows, the one that adds up in most of the
 * amount columns. A total that adds up in none of them is no total of those rows (a line named
 * "Total other receipts") and is read as a line; a total that adds up in most columns but not one
 * is a total with an error in that column, and never becomes a line of the next block.
 * A line with amounts whose code has lines below it (`1.1` above `1.1.1`) is a total of those.
 * Sets `children` (and `minus`) on totals and parent lines, and derives the code of a total that
 * has none from the programme all its rows belong to.
 */
export function linkTotals(rows: TableRows, amounts: readonly AmountColumn[]): LinkResult {
  const additive = amounts.filter((c) => c.additive);
  const units = additive.map(provisionalUnit);
  const unconfirmed: number[] = [];
  let pending: number[] = [];
  const headings: number[] = [];
  // Lines that may still get lines under them, as a stack of row index and the length of the
  // pending list when the line was added (its descendants can only come later): two arrays, no
  // object per line.
  const openRows: number[] = [];
  const openPendingAt: number[] = [];

  const closeParents = (keepAncestorsOf: string | null) => {
    while (openRows.length > 0) {
      const parentRow = openRows[openRows.length - 1];
      const pendingAt = openPendingAt[openPendingAt.length - 1];
      const code = rows.code[parentRow]!;
      if (keepAncestorsOf !== null && isDescendant(keepAncestorsOf, code)) break;
      openRows.pop();
      openPendingAt.pop();
      // Nothing added since: a line without lines under it closes without touching the list.
      if (pendingAt >= pending.length) continue;
      // Only what was added after the parent can be under it: a sibling closes in O(1).
      const tail = pending.splice(pendingAt);
      const children: number[] = [];
      for (const i of tail) (isUnder(rows, i, code) ? children : pending).push(i);
      if (children.length > 0) rows.children[parentRow] = children;
    }
  };

  const evidence = (total: number, c: Candidate): Evidence => {
    const e = { holds: 0, fails: 0, baseHolds: 0 };
    for (let k = 0; k < additive.length; k++) {
      const column = additive[k];
      const stated = column.cents[total];
      if (Number.isNaN(stated)) continue;
      let plus = 0;
      let minus = 0;
      let filled = 0;
      let informative = stated !== 0;
      for (const j of c.plus) {
        const v = column.cents[j];
        if (Number.isNaN(v)) continue;
        plus += v;
        filled++;
        if (v !== 0) informative = true;
      }
      for (const j of c.minus) {
        const v = column.cents[j];
        if (Number.isNaN(v)) continue;
        minus += v;
        filled++;
        if (v !== 0) informative = true;
      }
      // Zeros on both sides say nothing about which rows a total adds up.
      if (!informative || filled === 0) continue;
      const bound = Math.floor((filled + 2) / 2) * units[k];
      // A variance column's net may add where the others subtract: the variance of costs is
      // budget − actual, of income actual − budget, so both are already in the favourable sign.
      const close =
        Math.abs(plus - minus - stated) <= bound ||
        (c.minus.length > 0 && column.role === "variance" && Math.abs(plus + minus - stated) <= bound);
      if (close) {
        e.holds++;
        if (column.role !== "variance") e.baseHolds++;
      } else e.fails++;
    }
    return e;
  };

  const above = totalsAbove(rows, additive, units);
  const consumed = new Set<number>();
  for (const children of above.values()) for (const j of children) consumed.add(j);
  const indented = rows.indent.some((d) => d > 0);

  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind[i];
    const code = rows.code[i];
    if (kind === "group") {
      // Headings before every pending row give no block of their own.
      while (headings.length > 1 && pending.length > 0 && headings[1] < pending[0]) headings.shift();
      headings.push(i);
      continue;
    }
    if (consumed.has(i)) continue;
    const aboveChildren = above.get(i);
    if (aboveChildren) {
      // "Uitgaven", then its parts: a total above the rows it adds up.
      closeParents(null);
      rows.kind[i] = "total";
      rows.children[i] = aboveChildren;
      pending.push(i);
      continue;
    }
    if (kind === "line" && code !== null && endsItsLines(rows, pending, code)) {
      // "1" below 1.1 and 1.2: a total at the bottom, marked by its code alone.
      closeParents(null);
      rows.kind[i] = "total";
      const children = pending.filter((j) => isUnder(rows, j, code));
      rows.children[i] = children;
      pending = pending.filter((j) => !children.includes(j));
      pending.push(i);
      continue;
    }
    const netRow =
      kind === "line" && rows.rowKind[i] === "saldo" && kindGroup(rows, pending, i, headings).length >= 2;
    // "Lasten", "Baten", "Saldo" under a heading "Totaal": the totals of those kinds.
    const kindTotal = kind === "line" && rows.rowKind[i] !== null && underTotalHeading(rows, headings, i);
    // "Income" under the heading "Income", "Report Total", "Saldo": a line by its label's start, a
    // total (or a net) by its words, if its figures agree.
    const repeatsHeading =
      kind === "line" &&
      !netRow &&
      code === null &&
      (repeatedHeading(rows, headings, pending, i) ||
        TOTAL_INSIDE.test(fold(rows.label[i])) ||
        (pending.length >= 2 && SECTION_LABEL.test(fold(rows.label[i]))) ||
        (indented && deeperRun(rows, pending, i).length >= 2));
    if (kind === "line" && !netRow && !repeatsHeading && !kindTotal) {
      closeParents(code);
      pending.push(i);
      if (code !== null) {
        openRows.push(i);
        openPendingAt.push(pending.length);
      }
      continue;
    }
    if (kind !== "total" && !netRow && !repeatsHeading && !kindTotal) continue;
    // A row that says it is a total ("Totaal", "Total …") is one where a single column adds up; a
    // row read as a total for another reason needs most of its columns to.
    const named =
      kind === "line" &&
      (TOTAL_INSIDE.test(fold(rows.label[i])) || repeatedHeading(rows, headings, pending, i));
    const explicit = (kind === "total" && !rows.unlabelled.has(i)) || kindTotal || named;
    closeParents(null);
    const filled = columnsWithFigures(additive, i);
    // The block that adds up in most columns; of equals, the one the labels and codes suggest.
    // A total by its word stands with a single budget or actual that adds up (its other figures
    // wrong); anything else needs most of its columns to.
    const enough = (e: Evidence) => e.holds >= 1 && (e.holds >= e.fails || (explicit && e.baseHolds >= 1));
    let first: Candidate | null = null;
    let best: { c: Candidate; e: Evidence } | null = null;
    for (const c of candidatesFor(rows, i, pending, headings)) {
      first ??= c;
      const now: { c: Candidate; e: Evidence } = strongest([c], (x) => evidence(i, x), best)!;
      best = now;
      // Adding up in every column with a figure: no later reading can do better.
      if (now.c === c && now.e.fails === 0 && now.e.holds >= filled) break;
    }
    if (!best || !enough(best.e))
      best = strongest(formulaCandidates(rows, i, pending, additive), (c) => evidence(i, c), best);
    let chosen: Candidate | null = best && enough(best.e) ? best.c : null;
    // One column of figures gives no second opinion: a total by its label is checked as its
    // structure reads, so that its one wrong figure is still found.
    if (chosen === null && explicit && filled <= 1) chosen = first;
    if (chosen === null) {
      // No block of the rows above adds up to it: a line with a total's name, or a row without
      // a label that adds up to nothing.
      if (explicit) unconfirmed.push(i);
      rows.kind[i] = "line";
      rows.unlabelled.delete(i);
      pending.push(i);
      continue;
    }
    rows.kind[i] = "total";
    rows.children[i] = chosen.plus;
    if (chosen.minus.length > 0) rows.minus[i] = chosen.minus;
    // A programme's Lasten and Baten stay to be added into the totals of their kinds below
    // ("Totaal lasten"); every other block is its total's alone.
    if (!chosen.kindGroup) {
      const used = new Set([...chosen.plus, ...chosen.minus]);
      pending = pending.filter((j) => !used.has(j));
    }
    if (code === null) inferCode(rows, i, chosen.plus);
    pending.push(i);
  }
  closeParents(null);
  settleTotalKinds(rows);
  return { unconfirmed };
}

/**
 * The blocks a total may add up, the one its label and code suggest first: the rows under its
 * code; those since the heading it repeats ("Total intergovernmental revenue" after
 * "Intergovernmental revenue"); those since the nearest heading; those since the last total;
 * everything pending; and for a net, one total less another.
 */
function* candidatesFor(
  rows: TableRows,
  i: number,
  pending: number[],
  headings: number[],
): Generator<Candidate> {
  // Each block once: most readings of a clean table are the same rows.
  const seen = new Map<string, Candidate[]>();
  function* add(plus: number[], minus: number[], rank: number, kindGroup = false): Generator<Candidate> {
    if (plus.length === 0) return;
    const key = `${plus.length}:${plus[0]}:${plus[plus.length - 1]}|${minus.join(",")}`;
    const same = seen.get(key) ?? [];
    if (same.some((c) => sameRows(c.plus, plus) && sameRows(c.minus, minus))) return;
    const candidate = { plus, minus, rank, kindGroup };
    same.push(candidate);
    seen.set(key, same);
    yield candidate;
  }
  const code = rows.code[i];
  const label = rows.label[i];
  const isSub = SUBTOTAL.test(label);
  const isNet = NET_LABEL.test(fold(label)) || rows.rowKind[i] === "saldo";

  // Rank 0. Lasten, Baten and Saldo rows of one programme: the saldo of the two above it.
  const group = rows.rowKind[i] === "saldo" ? kindGroup(rows, pending, i, headings) : [];
  if (group.length === 2) yield* add(group, [], 0, true);
  // A total of one kind of row: the rows of that kind above it ("Totaal | Lasten").
  const kind = rows.rowKind[i];
  if (kind !== null && kindRowsAbove(rows, pending))
    yield* add(
      pending.filter((j) => rows.rowKind[j] === kind),
      [],
      0,
    );
  if (code !== null)
    yield* add(
      pending.filter((j) => rows.code[j] === null || isUnder(rows, j, code)),
      [],
      0,
    );
  // Rank 1.
  if (group.length === 2) {
    const [a, b] = group;
    yield* add([a], [b], 1, true);
    yield* add([b], [a], 1, true);
  }
  // Lines indented under this row's level, just above it: a subtotal by indentation.
  const deeper = deeperRun(rows, pending, i);
  if (deeper.length >= 2) yield* add(deeper, [], 1);
  // The heading this total repeats or names, nearest first.
  const name = fold(parseLabel(label).name || label);
  for (let h = headings.length - 1; h >= 0; h--) {
    const heading = headings[h];
    const headingName = fold(parseLabel(rows.label[heading]).name || rows.label[heading]);
    if (
      headingName !== "" &&
      (headingName === name || (name.length > 3 && headingName === name.replace(/^(van|of|the|de|het) /, "")))
    )
      yield* add(
        pending.filter((j) => j > heading),
        [],
        1,
      );
  }
  // Rank 2: a subtotal takes the rows since the last total or heading; a net, two totals.
  let lastTotal = -1;
  for (let k = pending.length - 1; k >= 0 && lastTotal < 0; k--)
    if (rows.kind[pending[k]] === "total") lastTotal = k;
  const sinceTotal = lastTotal >= 0 ? pending.slice(lastTotal + 1) : [];
  let nearest: number[] = [];
  for (let h = headings.length - 1; h >= 0 && nearest.length === 0; h--)
    nearest = pending.filter((j) => j > headings[h]);
  if (isSub) {
    yield* add(sinceTotal, [], 2);
    yield* add(nearest, [], 2);
  }
  if (isNet && pending.length >= 2) {
    const a = pending[pending.length - 2];
    const b = pending[pending.length - 1];
    yield* add([a], [b], 2);
    yield* add([b], [a], 2);
    // A closing balance: the opening one and the year's change.
    yield* add([a, b], [], 2);
    // A result after the reserves: the saldo, less what was added to them, plus what was drawn
    // ("Saldo na bestemming" = saldo − toevoegingen + onttrekkingen). The figures decide the signs.
    for (let n = 3; n <= Math.min(4, pending.length); n++) {
      const tail = pending.slice(pending.length - n);
      for (let mask = 0; mask < 1 << (n - 1); mask++) {
        const plus = [tail[0]];
        const minus: number[] = [];
        for (let k = 1; k < n; k++) ((mask >> (k - 1)) & 1 ? minus : plus).push(tail[k]);
        yield* add(plus, minus, 2);
      }
    }
  }
  // Rank 3 and on: everything pending, then the other readings.
  yield* add(pending.slice(), [], 3);
  yield* add(sinceTotal, [], 4);
  yield* add(nearest, [], 4);
  for (let h = headings.length - 1; h >= 0; h--)
    yield* add(
      pending.filter((j) => j > headings[h]),
      [],
      5,
    );
  if (!isNet && pending.length >= 2 && rows.kind[pending[pending.length - 1]] === "total") {
    const a = pending[pending.length - 2];
    const b = pending[pending.length - 1];
    yield* add([a], [b], 6);
    yield* add([b], [a], 6);
  }
}

function sameRows(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The candidate that adds up in most columns (then fails in fewest), or `current` where none beats it. */
function strongest(
  list: Candidate[],
  evidence: (c: Candidate) => Evidence,
  current: { c: Candidate; e: Evidence } | null,
): { c: Candidate; e: Evidence } | null {
  let best = current;
  for (const c of list) {
    const e = evidence(c);
    if (!best || e.holds > best.e.holds || (e.holds === best.e.holds && e.fails < best.e.fails))
      best = { c, e };
  }
  return best;
}

/**
 * What the total's own formulas add and subtract (`=SUM(B10,B20,B30)`, `=B15-B23`): a last
 * resort where no block the structure allows adds up, as a formula may skip a row.
 */
function formulaCandidates(
  rows: TableRows,
  i: number,
  pending: number[],
  columns: readonly AmountColumn[],
): Candidate[] {
  const out: Candidate[] = [];
  const byRow = new Map(pending.map((j) => [rows.row[j], j]));
  for (const column of columns) {
    const formula = column.formulas.get(i);
    const terms = formula ? formulaTerms(formula, column.col) : null;
    if (!terms) continue;
    const plus = terms.plus.map((r) => byRow.get(r));
    const minus = terms.minus.map((r) => byRow.get(r));
    if (plus.some((j) => j === undefined) || minus.some((j) => j === undefined)) continue;
    out.push({ plus: plus as number[], minus: minus as number[], rank: 7 });
  }
  return out;
}

/** The pending rows just above row `i` that are indented deeper than it. */
function deeperRun(rows: TableRows, pending: number[], i: number): number[] {
  const depth = rows.indent[i];
  let k = pending.length;
  while (k > 0 && rows.indent[pending[k - 1]] > depth) k--;
  return pending.slice(k);
}

/**
 * Rows that head the rows they add up ("Uitgaven" above its parts): a line followed by lines
 * indented deeper, or (where nothing is indented) a line named for a kind of figures, whose next
 * rows add up to it in every column, two rows or more.
 */
function totalsAbove(
  rows: TableRows,
  columns: readonly AmountColumn[],
  units: readonly number[],
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let startOfBlock = true;
  for (let i = 0; i < rows.length; i++) {
    const kind = rows.kind[i];
    const first = startOfBlock;
    if (kind === "group") startOfBlock = true;
    else if (kind === "line" || kind === "total") startOfBlock = false;
    if (rows.code[i] !== null || (kind !== "line" && !(kind === "total" && first && !rows.unlabelled.has(i))))
      continue;
    const depth = rows.indent[i];
    const byIndent = i + 1 < rows.length && rows.indent[i + 1] > depth;
    // "Total net expenditure" as the first figures of its block, its parts below it.
    const totalFirst = kind === "total";
    if (!byIndent && !totalFirst && !SECTION_LABEL.test(fold(rows.label[i]))) continue;
    const parts: number[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const kind = rows.kind[j];
      if (kind === "blank") continue;
      if (kind !== "line" || rows.code[j] !== null) break;
      if (byIndent && rows.indent[j] <= depth) break;
      parts.push(j);
      if (parts.length >= 2 && addsUpExactly(columns, units, i, parts)) {
        out.set(i, parts.slice());
        i = j;
        break;
      }
    }
  }
  return out;
}

/**
 * Whether the rows add up to row `i`, within rounding, in at least as many columns as not (one at
 * least): a total above its lines with one wrong figure is still their total.
 */
function addsUpExactly(
  columns: readonly AmountColumn[],
  units: readonly number[],
  i: number,
  parts: number[],
): boolean {
  let holds = 0;
  let fails = 0;
  for (let k = 0; k < columns.length; k++) {
    const stated = columns[k].cents[i];
    if (Number.isNaN(stated)) continue;
    let sum = 0;
    for (const j of parts) if (!Number.isNaN(columns[k].cents[j])) sum += columns[k].cents[j];
    if (Math.abs(sum - stated) > Math.floor((parts.length + 2) / 2) * units[k]) fails++;
    else if (stated !== 0) holds++;
  }
  return holds > 0 && holds >= fails;
}

/**
 * Whether a line repeats the label or the name of a heading above it that still has rows pending
 * under it: "Bestuur" under "Programma 1 Bestuur".
 */
function repeatedHeading(rows: TableRows, headings: number[], pending: number[], i: number): boolean {
  const label = fold(rows.label[i]);
  if (label === "") return false;
  for (let h = headings.length - 1; h >= 0; h--) {
    const heading = headings[h];
    const full = fold(rows.label[heading]);
    if (full === label || fold(parseLabel(rows.label[heading]).name) === label)
      return pending.some((j) => j > heading);
  }
  return false;
}

/**
 * The Lasten and Baten rows just above a Saldo row of the same programme, when there are both: of
 * its name (a programme over its three rows), or under its heading where the rows are named by
 * their kind alone ("Programma 1", then "Lasten", "Baten", "Saldo").
 */
function kindGroup(rows: TableRows, pending: number[], i: number, headings: number[]): number[] {
  const label = rows.label[i];
  const byKind = KIND_LABEL.test(fold(label));
  const after = lastHeadingBefore(headings, i);
  const out: number[] = [];
  for (let k = pending.length - 1; k >= 0 && out.length < 2; k--) {
    const j = pending[k];
    if (j < after || (!byKind && rows.label[j] !== label)) break;
    const kind = rows.rowKind[j];
    if ((kind === "lasten" || kind === "baten") && !out.some((o) => rows.rowKind[o] === kind)) out.unshift(j);
  }
  return out.length === 2 ? out : [];
}

/** Whether the rows pending say their kind: a table of Lasten, Baten and Saldo rows. */
function kindRowsAbove(rows: TableRows, pending: number[]): boolean {
  let lasten = false;
  let baten = false;
  for (const j of pending) {
    if (rows.rowKind[j] === "lasten") lasten = true;
    else if (rows.rowKind[j] === "baten") baten = true;
    if (lasten && baten) return true;
  }
  return false;
}

/** Whether the heading above row `i` is a total's ("Totaal"): the rows under it total their kinds. */
function underTotalHeading(rows: TableRows, headings: number[], i: number): boolean {
  const h = lastHeadingBefore(headings, i);
  return h >= 0 && parseLabel(rows.label[h]).isTotal;
}

function lastHeadingBefore(headings: number[], i: number): number {
  for (let k = headings.length - 1; k >= 0; k--) if (headings[k] < i) return headings[k];
  return -1;
}

const KIND_LABEL = /^(lasten|baten|saldo|expenditure|income|net|uitgaven|inkomsten)$/;

/** A total's kind from its rows: the kind they share, or saldo where costs and income meet. */
function settleTotalKinds(rows: TableRows): void {
  for (let i = 0; i < rows.length; i++) {
    const children = rows.children[i];
    if (rows.kind[i] !== "total" || !children) continue;
    const minus = rows.minus[i];
    const kinds = new Set([...children, ...(minus ?? [])].map((j) => rows.rowKind[j]));
    if (minus && minus.length > 0) rows.rowKind[i] = "saldo";
    else if (kinds.size === 1) rows.rowKind[i] = [...kinds][0];
    else if (kinds.has("lasten") && kinds.has("baten")) rows.rowKind[i] = "saldo";
  }
}

function columnsWithFigures(columns: readonly AmountColumn[], i: number): number {
  let n = 0;
  for (const c of columns) if (!Number.isNaN(c.cents[i])) n++;
  return n;
}

/**
 * The rounding unit a column's figures were stated in, before its totals are known: the finest
 * its figures show (whole euros, tenths of a thousand, cents). The totals rule judges the
 * difference again with the units of lines and totals apart.
 */
function provisionalUnit(column: AmountColumn): number {
  let decimals = 0;
  const base = 100 * column.scale;
  for (const cents of column.cents) {
    if (Number.isNaN(cents) || cents === 0) continue;
    let unit = base;
    let d = 0;
    while (unit > 1 && !Number.isInteger(cents / unit)) {
      unit /= 10;
      d++;
    }
    if (d > decimals) decimals = d;
  }
  return Math.max(1, base / 10 ** decimals);
}

/** Whether the row just before is under this code: then this line closes those lines. */
function endsItsLines(rows: TableRows, pending: number[], code: string): boolean {
  const last = pending[pending.length - 1];
  return last !== undefined && isUnder(rows, last, code);
}

/** Whether row `i` has a code, and it lies under `code`. */
function isUnder(rows: TableRows, i: number, code: string): boolean {
  const own = rows.code[i];
  return own !== null && isDescendant(own, code);
}

function inferCode(rows: TableRows, total: number, children: number[]): void {
  const codes = children.map((j) => rows.code[j]);
  if (codes.length === 0 || codes.some((c) => c === null || !c.includes("."))) return;
  const roots = new Set(codes.map((c) => rootCode(c!)));
  if (roots.size !== 1) return;
  rows.code[total] = [...roots][0];
  rows.codeInferred.add(total);
}
