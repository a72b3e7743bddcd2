import type { Language } from "./format";
import type { Currency } from "./types";

/** How a written cell looks. The engine names a style per cell; the plan's style table says what each one is. */
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
  | "pound"
  | "dollar"
  | "percent"
  /** A share of a whole to two decimals of a percent: a verdeelsleutel (8,35%). */
  | "share"
  /** A result sheet's title, in its first row. */
  | "title"
  /** Text that wraps within its column: a message, a name, a note on a result sheet. */
  | "text"
  /** A drafted note on a result sheet: a draft's look, wrapped. */
  | "draftText";

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
  /** Font size in points, where not the workbook's default. */
  fontSize?: number;
  /** Text wraps within the column's width (the row grows to show it). */
  wrap?: boolean;
  /** Number format code, en-US as both Office's `numberFormat` and the file format take it. */
  numberFormat?: string;
}

export const PERCENT_FORMAT = "0.0%";
export const SHARE_FORMAT = "0.00%";

const SYMBOL: Record<Currency, string> = { EUR: "€", GBP: "£", USD: "$" };

/**
 * An amount column's number format: the currency's symbol and two decimals, negatives written as the
 * engine's messages write them in that language (`€ -57.987,00`, `-€57,987.00`). The code is en-US,
 * as Office's `numberFormat` and the file take it; Excel shows it with the user's separators.
 * @example moneyFormat("EUR", "nl") === '"€ "#,##0.00;"€ -"#,##0.00'
 */
export function moneyFormat(currency: Currency, lang: Language): string {
  const s = SYMBOL[currency];
  return lang === "nl" ? `"${s} "#,##0.00;"${s} -"#,##0.00` : `"${s}"#,##0.00;-"${s}"#,##0.00`;
}

/** The style of an amount in a currency. */
export function moneyStyle(currency: Currency | null): CellStyle {
  return currency === "GBP" ? "pound" : currency === "USD" ? "dollar" : "euro";
}

function styleTable(lang: Language): Readonly<Record<CellStyle, Readonly<StyleLook>>> {
  return Object.freeze({
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
    euro: { numberFormat: moneyFormat("EUR", lang) },
    pound: { numberFormat: moneyFormat("GBP", lang) },
    dollar: { numberFormat: moneyFormat("USD", lang) },
    percent: { numberFormat: PERCENT_FORMAT },
    share: { numberFormat: SHARE_FORMAT },
    title: { bold: true, fontSize: 14 },
    text: { wrap: true },
    draftText: { italic: true, fontColor: "#7F7F7F", wrap: true },
  });
}

const TABLES: Record<Language, Readonly<Record<CellStyle, Readonly<StyleLook>>>> = {
  nl: styleTable("nl"),
  en: styleTable("en"),
};

/**
 * The one style table of a language: the traffic-light colours finance staff expect, bold headers,
 * grey italic drafts, blue underlined links, amounts in their currency. The write plan carries it,
 * so the add-in and the file agree. Only the amounts' formats differ between the languages.
 */
export function stylesFor(lang: Language): Readonly<Record<CellStyle, Readonly<StyleLook>>> {
  return TABLES[lang];
}

/** The Dutch style table: the fills and fonts, which every language shares. */
export const STYLES = TABLES.nl;

/** Whether a style changes how a cell is filled, lettered or laid out (as opposed to only its number format, or nothing). */
export function hasLook(look: StyleLook | undefined): boolean {
  return (
    !!look &&
    (!!look.fill ||
      !!look.fontColor ||
      !!look.bold ||
      !!look.italic ||
      !!look.underline ||
      !!look.fontSize ||
      !!look.wrap)
  );
}
