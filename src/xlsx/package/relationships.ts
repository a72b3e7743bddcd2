import path from "node:path/posix";
import { attributeOf, escapeXml, findElements, splice } from "./xmlText";

/** One `<Relationship>` of a part's `.rels` (Open Packaging Conventions). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
};

/** Where the relationships of `part` live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  return path.join(path.dirname(part), "_rels", `${path.basename(part)}.rels`);
}

/** The package path a relationship of `part` points at (targets are relative to the part's folder). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.normalize(path.join(path.dirname(part), target));
}

/** A target for `to`, relative to `from`'s folder, as Excel writes them. */
export function relativeTarget(from: string, to: string): string {
  return path.relative(path.dirname(from), to);
}

export function relationshipsOf(relsXml: string): Relationship[] {
  const prefix = /<([\w.-]+:)?Relationships[\s>]/.exec(relsXml)?.[1] ?? "";
  return findElements(relsXml, `${prefix}Relationship`).map((e) => ({
    id: attributeOf(e.attributes, "Id") ?? "",
    type: attributeOf(e.attributes, "Type") ?? "",
    target: attributeOf(e.attributes, "Target") ?? "",
    external: attributeOf(e.attributes, "TargetMode") === "External",
  }));
}

/** An id not yet used in the part: `rId` and the next free number. */
export function freeRelationshipId(relsXml: string): string {
  const used = new Set(relationshipsOf(relsXml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function withRelationship(relsXml: string, rel: Omit<Relationship, "external">): string {
  const prefix = /<([\w.-]+:)?Relationships[\s>]/.exec(relsXml)?.[1] ?? "";
  const element = `<${prefix}Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  const close = relsXml.lastIndexOf(`</${prefix}Relationships`);
  if (close >= 0) return splice(relsXml, close, close, element);
  // `<Relationships …/>`: no relationships yet.
  return relsXml.replace(
    /<([\w.-]+:)?Relationships\b([^>]*?)\s*\/>/,
    `<$1Relationships$2>${element}</$1Relationships>`,
  );
}

export function withoutRelationship(relsXml: string, id: string): string {
  const prefix = /<([\w.-]+:)?Relationships[\s>]/.exec(relsXml)?.[1] ?? "";
  const found = findElements(relsXml, `${prefix}Relationship`).find(
    (e) => attributeOf(e.attributes, "Id") === id,
  );
  return found ? splice(relsXml, found.start, found.elementEnd, "") : relsXml;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
