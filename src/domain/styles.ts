/** How a written cell looks. The engine names a style per cell; `STYLES` says what each one is. */
export type CellStyle =
  | "header"
  | "ok"
  | "rounding"
  | "error"
  | "warning"
  | "info"
  | "green"
  | "orange"
  | "red"
  | "draft"
  | "accepted"
  | "link"
  | "euro"
  | "percent"
  /** A share of a whole to two decimals of a percent: a verdeelsleutel (8,35%). */
  | "share";

/** One style's look: every adapter sets exactly these, and nothing else, on a cell of that style. */
export interface StyleLook {
  /** Solid fill, `#RRGGBB`. */
  fill?: string;
  /** Font colour, `#RRGGBB`. */
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** A single underline. */
  underline?: boolean;
  /** Number format code, en-US as both Office's `numberFormat` and the file format take it. */
  numberFormat?: string;
}

export const PERCENT_FORMAT = "0.0%";
export const EURO_FORMAT = "#,##0.00;-#,##0.00";
export const SHARE_FORMAT = "0.00%";

/**
 * The one style table: the traffic-light colours finance staff expect, bold headers, grey italic
 * drafts, blue underlined links. The write plan carries it, so the add-in and the file agree.
 */
export const STYLES: Readonly<Record<CellStyle, Readonly<StyleLook>>> = Object.freeze({
  header: { fill: "#D9D9D9", bold: true },
  ok: { fill: "#E2EFDA" },
  rounding: { fill: "#FFF2CC" },
  error: { fill: "#F8CBAD" },
  warning: { fill: "#FCE4D6" },
  info: {},
  green: { fill: "#92D050" },
  orange: { fill: "#FFC000" },
  red: { fill: "#FF5050" },
  draft: { italic: true, fontColor: "#7F7F7F" },
  accepted: { fill: "#EDEDED" },
  link: { fontColor: "#0563C1", underline: true },
  euro: { numberFormat: EURO_FORMAT },
  percent: { numberFormat: PERCENT_FORMAT },
  share: { numberFormat: SHARE_FORMAT },
});

/** Whether a style changes how a cell is filled or lettered (as opposed to only its number format, or nothing). */
export function hasLook(look: StyleLook | undefined): boolean {
  return !!look && (!!look.fill || !!look.fontColor || !!look.bold || !!look.italic || !!look.underline);
}
