import { sheetCell, toA1 } from "./address";
import { draftNote } from "./draftNote";
import type { Language } from "./format";
import { centsAt, nameOf, roundingBound } from "./model";
import type { Settings } from "./settings";
import type { AmountRole, RowVariance, Table, TrafficLight } from "./types";

/**
 * Whether a variance needs an explanation under the note rule. Amounts in cents of euros.
 * @example needsNote(5_000_100, null, DEFAULT_SETTINGS) === true  // € 50.001 > € 50.000
 */
export function needsNote(varianceCents: number, amendedCents: number | null, settings: Settings): boolean {
  const overAbsolute = Math.abs(varianceCents) > settings.noteThreshold * 100;
  if (settings.notePercent === null) return overAbsolute;
  const overPercent =
    amendedCents === null || amendedCents === 0
      ? varianceCents !== 0
      : Math.abs(varianceCents) * 100 > settings.notePercent * Math.abs(amendedCents);
  return settings.noteCombine === "and" ? overAbsolute && overPercent : overAbsolute || overPercent;
}

/** Green within budget (rounding allowed); orange for a small overspend; red beyond. Cents of euros. */
export function trafficLight(
  amendedCents: number,
  actualCents: number,
  boundCents: number,
  settings: Settings,
  income = false,
): TrafficLight {
  // For costs, spending more than budgeted is the risk; for income, receiving less.
  const overspend = income ? amendedCents - actualCents : actualCents - amendedCents;
  if (overspend <= boundCents) return "green";
  const withinPercent = overspend * 100 <= settings.orangePercent * Math.abs(amendedCents);
  const withinThreshold = overspend <= settings.noteThreshold * 100;
  return withinPercent && withinThreshold ? "orange" : "red";
}

interface ExplanationNote {
  text: string;
  cell: string;
}

/** Notes that explanation tables give, by code (the first one wins). */
export function explanationNotes(tables: Table[]): Map<string, ExplanationNote> {
  const notes = new Map<string, ExplanationNote>();
  for (const t of tables) {
    if (t.kind !== "explanation") continue;
    for (let i = 0; i < t.rows.length; i++) {
      const code = t.rows.code[i];
      const note = t.rows.note[i];
      if (code === null || !note || notes.has(code)) continue;
      notes.set(code, { text: note, cell: sheetCell(t.sheet, t.rows.row[i], t.noteCol ?? t.labelCol) });
    }
  }
  return notes;
}

/** The variance analysis of one budget table: a slot per row of `table.rows`. */
export interface TableVariances {
  table: Table;
  /** 1 where the row has a variance: a line or total with an amended budget and an actual. */
  present: Uint8Array;
  /** 1 where the variance needs an explanation under the note rule. */
  noteRequired: Uint8Array;
  /**
   * The row's note or its explanation table's, by row index. A required note that neither gives is
   * drafted when the record is made: the draft is text for the workbook, not part of the check.
   */
  notes: Map<number, NonNullable<RowVariance["note"]>>;
}

/**
 * The variance analysis of every line and total that has an amended budget and an actual. Kept in
 * arrays per table; a row's full record (`recordAt`) is made when asked for. A budget of 100k lines
 * has 100k records, and only the JSON report wants them all at once: the write plan and the rules
 * read a record, use it and let it go.
 */
export class VarianceAnalysis {
  private readonly byTable: Map<Table, TableVariances>;

  constructor(
    readonly tables: readonly TableVariances[],
    private readonly settings: Settings,
    private readonly lang: Language,
  ) {
    this.byTable = new Map(tables.map((t) => [t.table, t]));
  }

  /** The analysis of a table; undefined for explanation tables and tables without budget and actual. */
  of(table: Table): TableVariances | undefined {
    return this.byTable.get(table);
  }

  /** The full record of a row; null when the row has no variance. */
  recordAt(tv: TableVariances, index: number): RowVariance | null {
    if (tv.present[index] === 0) return null;
    const { table } = tv;
    const rows = table.rows;
    const income = isIncomeRow(table, index);
    const figure = (role: AmountRole): number | null => centsAt(table, index, role);
    const amended = figure("amended")!;
    const actual = figure("actual")!;
    const original = figure("original");
    const prior = figure("priorActual");
    const varianceCents = amended - actual;
    const lightBound = roundingBound(
      2,
      Math.max(table.amounts.amended!.unit, table.amounts.actual!.unit),
      this.settings,
    );
    // The share as the sheet's own =Verschil/Begroting gives it: from the stated variance where it
    // is right to the rounding (a euro of rounding can move the shown tenth of a percent), from
    // amended − actual where the row states none or a wrong one (its error is not repeated).
    const stated = figure("variance");
    const statedCents = stated === null ? null : stated * table.varianceSign;
    const shareCents =
      statedCents !== null && Math.abs(statedCents - varianceCents) <= lightBound
        ? statedCents
        : varianceCents;
    const noteRequired = tv.noteRequired[index] === 1;
    const note =
      tv.notes.get(index) ??
      (noteRequired
        ? { text: draftNote({ amended, actual, original, income }, this.lang), source: "draft" as const }
        : null);
    return {
      tableId: table.id,
      sheet: table.sheet,
      cell: toA1(rows.row[index], table.labelCol),
      row: rows.row[index],
      code: rows.code[index],
      name: nameOf(table, index),
      isTotal: rows.kind[index] === "total",
      original: original === null ? null : original / 100,
      amended: amended / 100,
      actual: actual / 100,
      priorActual: prior === null ? null : prior / 100,
      variance: varianceCents / 100,
      variancePct: amended === 0 ? null : shareCents / Math.abs(amended),
      amendment: original === null ? null : (amended - original) / 100,
      yearOnYear: prior === null ? null : (actual - prior) / 100,
      favourable: income ? varianceCents <= 0 : varianceCents >= 0,
      light: trafficLight(amended, actual, lightBound, this.settings, income),
      noteRequired,
      note,
    };
  }

  /** Every record, in table and row order: the JSON report's list. */
  records(): RowVariance[] {
    const out: RowVariance[] = [];
    for (const tv of this.tables) {
      for (let i = 0; i < tv.present.length; i++) {
        const record = this.recordAt(tv, i);
        if (record) out.push(record);
      }
    }
    return out;
  }
}

/**
 * Whether more is better on this row: income printed as positive figures. Income printed negative
 * (as ledgers print baten) reads like costs: a larger figure is less income.
 */
export function isIncomeRow(table: Table, i: number): boolean {
  const kind = table.rows.rowKind[i];
  const income = kind === "baten" || (kind === null && table.side === "income");
  if (!income) return false;
  const amended = table.amounts.amended?.cents[i];
  return amended === undefined || Number.isNaN(amended) || amended >= 0;
}

/** Works out, for every line and total with an amended budget and an actual, whether it needs a note and which it has. */
export function analyseVariances(tables: Table[], settings: Settings, lang: Language): VarianceAnalysis {
  const fromExplanations = explanationNotes(tables);
  const out: TableVariances[] = [];
  for (const table of tables) {
    if (table.kind === "explanation") continue;
    const { amended: amendedCol, actual: actualCol } = table.amounts;
    if (!amendedCol || !actualCol) continue;
    const n = table.rows.length;
    const tv: TableVariances = {
      table,
      present: new Uint8Array(n),
      noteRequired: new Uint8Array(n),
      notes: new Map(),
    };
    const rows = table.rows;
    for (let i = 0; i < n; i++) {
      const kind = rows.kind[i];
      if (kind !== "line" && kind !== "total") continue;
      const code = rows.code[i];
      const b = amendedCol.cents[i];
      const a = actualCol.cents[i];
      if (Number.isNaN(b) || Number.isNaN(a)) continue;
      tv.present[i] = 1;
      const amended = b;
      const actual = a;
      // The table's own "explanation required?" answer decides where it gives one; else the note
      // rule, and a grand total (no code) is explained by the lines it adds up.
      const noteRequired =
        table.noteRequired.get(i) ??
        (!(kind === "total" && code === null) && needsNote(amended - actual, amended, settings));
      if (noteRequired) tv.noteRequired[i] = 1;
      const explained = code !== null && fromExplanations.size > 0 ? fromExplanations.get(code) : undefined;
      const note = rows.note[i];
      if (note) {
        tv.notes.set(i, {
          text: note,
          source: "row",
          cell: sheetCell(table.sheet, rows.row[i], table.noteCol!),
        });
      } else if (explained) {
        tv.notes.set(i, { text: explained.text, source: "explanation", cell: explained.cell });
      }
    }
    out.push(tv);
  }
  return new VarianceAnalysis(out, settings, lang);
}
