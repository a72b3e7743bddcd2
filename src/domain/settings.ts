import { z } from "zod";
import type { ColumnRole, TableKind } from "./types";

/** The roles a user may give a column, in the order the pane offers them. */
const columnRole = z.enum([
  "label",
  "code",
  "priorActual",
  "original",
  "amended",
  "actual",
  "variance",
  "budget",
  "forecast",
  "amendment",
  "percent",
  "amount",
  "kind",
  "flag",
  "note",
  "noteRequired",
  "unknown",
  "ignore",
]);

/** Every role a user may give a column, in the order the pane offers them. */
export const OVERRIDE_ROLES: readonly OverrideRole[] = columnRole.options;

/** The user's corrections of a detected table, keyed by sheet and the A1 of its first header cell. */
const tableOverride = z.object({
  sheet: z.string(),
  /** A1 of the table's top-left header cell, as reported in `Table.range`. */
  anchor: z.string(),
  kind: z.enum(["summary", "detail", "explanation"]).optional(),
  /** Column letter → role. */
  columns: z.record(z.string(), columnRole).optional(),
});

const acceptedFinding = z.object({
  rule: z.string(),
  sheet: z.string(),
  cell: z.string(),
  column: z.string().optional(),
  reason: z.string().min(1),
});

/** A cell (`Overzicht!F15`, `'Mijn blad'!B2`) or an amount in euros. */
const amountSource = z.union([
  z
    .string()
    .regex(/^\s*(?:'(?:[^']|'')+'|[^!']+)!\$?[A-Za-z]{1,3}\$?\d{1,7}\s*$/, "a cell such as Overzicht!F15"),
  z.number().finite(),
]);

export const settingsSchema = z
  .object({
    language: z.enum(["nl", "en"]).default("nl"),
    /** A variance above this many euros (absolute) needs an explanation. */
    noteThreshold: z.number().nonnegative().finite().default(50000),
    /** A variance above this percentage of the amended budget needs an explanation; null: not used. */
    notePercent: z.number().nonnegative().finite().nullable().default(null),
    /** "and": both limits must be exceeded ("> 5% unless < € 15.000"); "or": either one. */
    noteCombine: z.enum(["and", "or"]).default("and"),
    /** "auto": (n+1)/2 units for n rounded terms; a number: that many units. */
    roundingTolerance: z.union([z.literal("auto"), z.number().int().nonnegative()]).default("auto"),
    /** Orange while the overspend stays within this % of the amended budget (and the note threshold). */
    orangePercent: z.number().nonnegative().finite().default(5),
    /**
     * The verantwoordingsgrens in euros: overspends together above it are reported. Null: a
     * percentage (`overspendTolerancePercent`) of the total lasten.
     */
    overspendTolerance: z.number().nonnegative().finite().nullable().default(null),
    overspendTolerancePercent: z.number().nonnegative().finite().default(1),
    /**
     * The rekeningresultaat the contribution per province shares out: a cell (`Overzicht!F15`) or
     * an amount in euros; null: the grand total variance of the summary table.
     */
    contributionResult: amountSource.nullable().default(null),
    /**
     * The provinces' total budgeted contribution, where their table gives only the verdeelsleutel:
     * a cell or an amount in euros; null: the grand total's amended budget.
     */
    contributionBudget: amountSource.nullable().default(null),
    tables: z.array(tableOverride).default([]),
    accepted: z.array(acceptedFinding).default([]),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type TableOverride = z.output<typeof tableOverride>;
export type AcceptedFinding = z.output<typeof acceptedFinding>;
export type OverrideRole = ColumnRole | "ignore";
export type { TableKind };

/** Thrown when settings break their contract; the message names each offending field. */
export class SettingsError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid settings: ${issues.join("; ")}`);
    this.name = "SettingsError";
  }
}

/** Fills in defaults and validates; throws SettingsError naming every bad field. */
export function resolveSettings(input: SettingsInput = {}): Settings {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((i) => `${i.path.join(".") || "settings"}: ${i.message}`),
    );
  }
  return parsed.data;
}

export const DEFAULT_SETTINGS: Settings = resolveSettings({});

/**
 * The valid part of stored settings: each field, and each accepted finding and table correction,
 * kept when it passes on its own. Settings saved by another version, or edited by hand, then lose
 * only what cannot be read, never the user's accepted findings with them.
 */
export function salvageSettings(stored: unknown): { settings: SettingsInput; dropped: string[] } {
  const settings: Record<string, unknown> = {};
  const dropped: string[] = [];
  if (typeof stored !== "object" || stored === null || Array.isArray(stored))
    return { settings, dropped: ["settings"] };
  for (const [key, value] of Object.entries(stored)) {
    if (Array.isArray(value) && (key === "accepted" || key === "tables")) {
      const kept = value.filter((entry, i) => {
        const ok = settingsSchema.safeParse({ [key]: [entry] }).success;
        if (!ok) dropped.push(`${key}.${i}`);
        return ok;
      });
      settings[key] = kept;
    } else if (settingsSchema.safeParse({ [key]: value }).success) {
      settings[key] = value;
    } else {
      dropped.push(key);
    }
  }
  return { settings: settings as SettingsInput, dropped };
}
