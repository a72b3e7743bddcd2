import type { Grid, PlanSheet, RemovalPlan, SettingsInput, WritePlan } from "../domain";
import type { WriteProgress } from "../excel/writeStage";

export type { WriteProgress };

/** How far a long task is: a fraction when known, and what it is doing now. */
export interface Progress {
  fraction: number | null;
  text?: string;
}

export type OnProgress = (p: Progress) => void;

/** One place Stoplicht wrote to or removed: status columns beside a table, or a whole sheet. */
export interface ResultPlace {
  kind: "columns" | "sheet";
  sheet: string;
  /** A1 range of the columns; for a sheet, its used range when known. */
  range?: string;
  cells?: number;
  /** For a result sheet written: what it holds (`findings` is the Controlerapport). */
  role?: PlanSheet["role"];
}

/** The workbook as the pane sees it. index.tsx backs it with Excel; tests with a fake. Components never call Office. */
export interface WorkbookGateway {
  read(onProgress: OnProgress): Promise<{ grids: Grid[]; snapshot: unknown }>;
  /** Writes the plan, saying at each step where it is. */
  write(plan: WritePlan, snapshot: unknown, onProgress: (p: WriteProgress) => void): Promise<ResultPlace[]>;
  /** Carries out the engine's removal plan, made from the workbook read with `snapshot`. */
  remove(removal: RemovalPlan, snapshot: unknown, onProgress: OnProgress): Promise<ResultPlace[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The settings saved in the workbook, or an empty object when it has none. */
  loadSettings(): Promise<SettingsInput>;
  saveSettings(settings: SettingsInput): Promise<void>;
}
