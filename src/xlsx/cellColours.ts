import type ExcelJS from "exceljs";

/** A colour as the file states it: ARGB, a theme colour with a tint, or an index into the old palette. */
interface FileColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/**
 * Colours the way Office reports them (`#RRGGBB`), from the file's own encodings. Theme colours
 * come from the workbook's theme, so that "Accent 6" is the green this workbook shows.
 */
export class CellColours {
  private readonly theme: string[];

  constructor(workbook: ExcelJS.Workbook) {
    this.theme = themePalette(workbook);
  }

  /** The cell's solid fill; null for none (or a pattern that is no plain fill). */
  fill(cell: ExcelJS.Cell): string | null {
    const fill = cell.fill as ExcelJS.Fill | undefined;
    if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
    return this.resolve(fill.fgColor as FileColour | undefined);
  }

  /** The colour of the cell's text; null for the default. */
  font(cell: ExcelJS.Cell): string | null {
    return this.resolve(cell.font?.color as FileColour | undefined);
  }

  private resolve(colour: FileColour | undefined): string | null {
    if (!colour) return null;
    if (typeof colour.argb === "string" && /^[0-9a-f]{8}$/i.test(colour.argb))
      return `#${colour.argb.slice(2).toUpperCase()}`;
    if (typeof colour.theme === "number" && this.theme[colour.theme])
      return withTint(this.theme[colour.theme], colour.tint ?? 0);
    if (typeof colour.indexed === "number" && INDEXED[colour.indexed]) return `#${INDEXED[colour.indexed]}`;
    return null;
  }
}

/** Office's theme (2013 and later): what a workbook without a theme part of its own shows. */
const OFFICE_THEME = [
  "FFFFFF", // lt1
  "000000", // dk1
  "E7E6E6", // lt2
  "44546A", // dk2
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/**
 * The workbook's theme colours in the order cells index them: light 1, dark 1, light 2, dark 2
 * (the theme part lists the darks first), the six accents, and the two link colours.
 */
function themePalette(workbook: ExcelJS.Workbook): string[] {
  // ExcelJS keeps the theme part's XML unparsed, on a field its types do not declare.
  const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
  const xml = themes?.theme1;
  if (typeof xml !== "string") return OFFICE_THEME;
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0];
  if (!scheme) return OFFICE_THEME;
  const names = [
    "dk1",
    "lt1",
    "dk2",
    "lt2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
  ];
  const found = names.map((name) => {
    const m = new RegExp(`<a:${name}>([\\s\\S]*?)</a:${name}>`).exec(scheme);
    const value =
      m && (/srgbClr val="([0-9A-Fa-f]{6})"/.exec(m[1]) ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(m[1]));
    return value ? value[1].toUpperCase() : null;
  });
  if (found.some((c) => c === null)) return OFFICE_THEME;
  const [dk1, lt1, dk2, lt2, ...rest] = found as string[];
  return [lt1, dk1, lt2, dk2, ...rest];
}

/** A theme colour lightened (tint > 0) or darkened (tint < 0), as Excel does it: on the lightness. */
function withTint(hex: string, tint: number): string {
  if (!tint) return `#${hex}`;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 1
      ? [c, x, 0]
      : h < 2
        ? [x, c, 0]
        : h < 3
          ? [0, c, x]
          : h < 4
            ? [0, x, c]
            : h < 5
              ? [x, 0, c]
              : [c, 0, x];
  const byte = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v + m)) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${byte(r1)}${byte(g1)}${byte(b1)}`.toUpperCase();
}

/** The old 64-colour palette that `indexed` colours point into (Excel's defaults). */
// prettier-ignore
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];
