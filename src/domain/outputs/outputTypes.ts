import type { TrafficLight } from "../types";
import type { LightSource, LightValue } from "./readLight";

/** One of an output's two lights: Inhoud (was it delivered) or Geld (were the means enough). */
export interface OutputLight {
  light: LightValue | null;
  source: LightSource | null;
  /** 0-based absolute row and column of the light's cell. */
  row: number;
  col: number;
}

/** Where an output's explanation stands: beside it, under it, or in the Toelichting after its table. */
export interface OutputExplanation {
  text: string;
  /** A1 address on the output's sheet. */
  cell: string;
  where: "beside" | "under" | "block";
}

/** A planned output ("Geplande output 2024") with its two lights. */
export interface PlannedOutput {
  sheet: string;
  /** 0-based absolute row, and the column of its text. */
  row: number;
  col: number;
  /** The number it has in its list ("2." → 2), which a Toelichting refers to ("Ad 2"). */
  number: number | null;
  text: string;
  /** The beleidsopgave (policy line) it belongs to, where the sheet says which ("1.1.3"). */
  code: string | null;
  /** The programme: the first level of its code, or of the programme heading above it. */
  programme: string | null;
  inhoud: OutputLight;
  geld: OutputLight;
  explanation: OutputExplanation | null;
}

/** A table of planned outputs: a header naming Inhoud and Geld, and the outputs under it. */
export interface OutputTable {
  sheet: string;
  /** 0-based absolute row of the header, and the last row read as part of the table. */
  headerRow: number;
  lastRow: number;
  textCol: number;
  inhoudCol: number;
  geldCol: number;
  noteCol: number | null;
  codeCol: number | null;
  outputs: PlannedOutput[];
}

/** An output's colour: the worse of its two lights; null when neither was read as a colour. */
export function outputColour(output: PlannedOutput): TrafficLight | null {
  const order: TrafficLight[] = ["red", "orange", "green"];
  for (const light of order) if (output.inhoud.light === light || output.geld.light === light) return light;
  return null;
}

/** Whether a light asks for an explanation: orange and red do. */
export function needsExplanation(light: OutputLight): boolean {
  return light.light === "orange" || light.light === "red";
}
