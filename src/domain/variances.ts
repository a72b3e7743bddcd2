import { sheetCell, toA1 } from "./address";
import { draftNote } from "./draftNote";
import type { Language } from "./format";
import { roundingBound } from "./model";
import type { Settings } from "./settings";
import type { RowVariance, Table, TrafficLight } from "./types";

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
    for (const r of t.rows) {
      if (r.code === null || !r.note || notes.has(r.code)) continue;
      notes.set(r.code, { text: r.note, cell: sheetCell(t.sheet, r.row, r.noteCol ?? r.labelCol) });
    }
  }
  return notes;
}

/** The variance analysis of every line and total that has an amended budget and an actual. */
export function computeVariances(tables: Table[], settings: Settings, lang: Language): RowVariance[] {
  const fromExplanations = explanationNotes(tables);
  const out: RowVariance[] = [];
  for (const table of tables) {
    if (table.kind === "explanation") continue;
    const s = table.scale;
    const income = table.side === "income";
    const lightBound = roundingBound(2, table.unitCents * s, settings);
    const {
      amended: amendedCol,
      actual: actualCol,
      original: originalCol,
      priorActual: priorCol,
    } = table.amounts;
    if (!amendedCol || !actualCol) continue;
    for (const row of table.rows) {
      if (row.kind !== "line" && row.kind !== "total") continue;
      const b = amendedCol.cents[row.index];
      const a = actualCol.cents[row.index];
      if (Number.isNaN(b) || Number.isNaN(a)) continue;
      const amended = b * s;
      const actual = a * s;
      const o = originalCol ? originalCol.cents[row.index] : NaN;
      const p = priorCol ? priorCol.cents[row.index] : NaN;
      const original = Number.isNaN(o) ? null : o * s;
      const prior = Number.isNaN(p) ? null : p * s;
      const varianceCents = amended - actual;
      // A grand total (no code) is explained by the lines it adds up, not by a note of its own.
      const noteRequired =
        !(row.kind === "total" && row.code === null) && needsNote(varianceCents, amended, settings);
      const own = row.note
        ? { text: row.note, source: "row" as const, cell: sheetCell(table.sheet, row.row, row.noteCol!) }
        : null;
      const explained =
        row.code !== null && fromExplanations.size > 0 ? fromExplanations.get(row.code) : undefined;
      let note: RowVariance["note"] =
        own ?? (explained ? { text: explained.text, source: "explanation", cell: explained.cell } : null);
      if (!note && noteRequired) {
        note = { text: draftNote({ amended, actual, original, income }, lang), source: "draft" };
      }
      out.push({
        tableId: table.id,
        sheet: table.sheet,
        cell: toA1(row.row, row.labelCol),
        row: row.row,
        code: row.code,
        name: row.name,
        isTotal: row.kind === "total",
        original: original === null ? null : original / 100,
        amended: amended / 100,
        actual: actual / 100,
        priorActual: prior === null ? null : prior / 100,
        variance: varianceCents / 100,
        variancePct: amended === 0 ? null : varianceCents / Math.abs(amended),
        amendment: original === null ? null : (amended - original) / 100,
        yearOnYear: prior === null ? null : (actual - prior) / 100,
        favourable: income ? varianceCents <= 0 : varianceCents >= 0,
        light: trafficLight(amended, actual, lightBound, settings, income),
        noteRequired,
        note,
      });
    }
  }
  return out;
}
