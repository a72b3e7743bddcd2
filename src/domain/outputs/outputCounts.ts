import { nameOf } from "../model";
import type { Table, TrafficLight } from "../types";
import { outputColour, type PlannedOutput } from "./outputTypes";

export interface LightCounts {
  green: number;
  orange: number;
  red: number;
}

/** How one programme's planned outputs stand: by the worse of each output's two lights, and per light. */
export interface ProgrammeOutputs {
  /** The programme's code ("1"); null for outputs the sheet places under no programme. */
  programme: string | null;
  /** Its name as the summary or a detail table gives it, where one does. */
  name: string | null;
  outputs: number;
  green: number;
  orange: number;
  red: number;
  /** Outputs with neither light read as a colour (n.v.t., or a light Stoplicht cannot see). */
  unread: number;
  inhoud: LightCounts;
  geld: LightCounts;
}

/**
 * The counts of green, orange and red outputs per programme, in programme order (by code, the
 * outputs under no programme last). An output counts as the worse of its two lights.
 */
export function outputCounts(
  outputs: readonly PlannedOutput[],
  tables: readonly Table[],
): ProgrammeOutputs[] {
  const names = programmeNames(tables);
  const byProgramme = new Map<string | null, ProgrammeOutputs>();
  for (const output of outputs) {
    const key = output.programme;
    let counts = byProgramme.get(key);
    if (!counts) {
      counts = {
        programme: key,
        name: key === null ? null : (names.get(key) ?? null),
        outputs: 0,
        green: 0,
        orange: 0,
        red: 0,
        unread: 0,
        inhoud: { green: 0, orange: 0, red: 0 },
        geld: { green: 0, orange: 0, red: 0 },
      };
      byProgramme.set(key, counts);
    }
    counts.outputs++;
    const colour = outputColour(output);
    if (colour) counts[colour]++;
    else counts.unread++;
    for (const [light, into] of [
      [output.inhoud.light, counts.inhoud],
      [output.geld.light, counts.geld],
    ] as const)
      if (light === "green" || light === "orange" || light === "red") into[light as TrafficLight]++;
  }
  return [...byProgramme.values()].sort((a, b) => programmeOrder(a.programme) - programmeOrder(b.programme));
}

function programmeOrder(code: string | null): number {
  return code === null ? Number.MAX_SAFE_INTEGER : Number(code);
}

/** Programme names by code: the summary's first, then detail tables' totals and headings. */
function programmeNames(tables: readonly Table[]): Map<string, string> {
  const names = new Map<string, string>();
  const ordered = [...tables].sort((a, b) => (a.kind === "summary" ? 0 : 1) - (b.kind === "summary" ? 0 : 1));
  for (const table of ordered) {
    if (table.kind === "explanation") continue;
    for (let i = 0; i < table.rows.length; i++) {
      const code = table.rows.code[i];
      if (code === null || code.includes(".") || names.has(code)) continue;
      const name = nameOf(table, i);
      if (name) names.set(code, name);
    }
  }
  return names;
}
