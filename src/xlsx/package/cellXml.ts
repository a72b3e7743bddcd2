import { cellText } from "./xmlText";

/** What a written cell holds: text is always text, never a formula, whatever it starts with. */
export type CellContent = string | number | boolean | null;

/**
 * A `<c>` element. Text is an inline string, so that the shared strings part (often the largest
 * part after the sheets) is left as it is; Excel turns inline strings into shared ones when it saves.
 * Returns "" for an empty cell without a format: there is nothing to write.
 */
export function cellElement(prefix: string, ref: string, value: CellContent, style?: number): string {
  const s = style === undefined || style === 0 ? "" : ` s="${style}"`;
  const c = `${prefix}c`;
  if (value === null || value === "") return s === "" ? "" : `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to ${ref}`);
    return `<${c} r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${c}>`;
  }
  if (typeof value === "boolean")
    return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${cellText(value)}</${prefix}t></${prefix}is></${c}>`;
}
