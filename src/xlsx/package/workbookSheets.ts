import { MAIN_NS, RELATIONSHIPS_NS } from "./namespaces";
import {
  attributeOf,
  escapeXml,
  findElement,
  findElements,
  prefixOf,
  splice,
  withAttribute,
  withoutAttribute,
} from "./xmlText";

/** One `<sheet>` of the workbook part, in tab order: a worksheet, chart sheet or dialog sheet. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** visible, hidden or veryHidden. */
  state: string;
}

export function sheetsOf(workbookXml: string): SheetEntry[] {
  const p = prefixOf(workbookXml, MAIN_NS) ?? "";
  const r = prefixOf(workbookXml, RELATIONSHIPS_NS) ?? "r:";
  return sheetElements(workbookXml, p).map((e) => ({
    name: attributeOf(e.attributes, "name") ?? "",
    sheetId: Number(attributeOf(e.attributes, "sheetId")),
    relId: attributeOf(e.attributes, `${r}id`) ?? "",
    state: attributeOf(e.attributes, "state") ?? "visible",
  }));
}

/** The workbook part with a sheet added after the last one. */
export function withSheet(workbookXml: string, sheet: SheetEntry): string {
  const p = prefixOf(workbookXml, MAIN_NS) ?? "";
  const bound = prefixOf(workbookXml, RELATIONSHIPS_NS);
  const r = bound ?? "r:";
  const declare = bound === null ? ` xmlns:r="${RELATIONSHIPS_NS}"` : "";
  const state = sheet.state === "visible" ? "" : ` state="${escapeXml(sheet.state)}"`;
  const element = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${state}${declare} ${r}id="${escapeXml(sheet.relId)}"/>`;
  const sheets = findElement(workbookXml, `${p}sheets`);
  if (!sheets) throw new Error("The workbook part has no <sheets>");
  if (sheets.selfClosing)
    return splice(workbookXml, sheets.start, sheets.elementEnd, `<${p}sheets>${element}</${p}sheets>`);
  return splice(workbookXml, sheets.contentEnd, sheets.contentEnd, element);
}

/** The workbook part with the sheet at `index` in another state (visible, hidden, veryHidden). */
export function withSheetState(workbookXml: string, index: number, state: string): string {
  const p = prefixOf(workbookXml, MAIN_NS) ?? "";
  const e = sheetElements(workbookXml, p)[index];
  const attributes =
    state === "visible"
      ? withoutAttribute(e.attributes, "state")
      : withAttribute(e.attributes, "state", state);
  return splice(workbookXml, e.start, e.end, `<${p}sheet${attributes}${e.selfClosing ? "/" : ""}>`);
}

/**
 * The workbook part without the sheet at `index`: its names go with it, the other sheet-scoped
 * names and the active tab move to their sheets' new places.
 */
export function withoutSheet(workbookXml: string, index: number): string {
  const p = prefixOf(workbookXml, MAIN_NS) ?? "";
  const e = sheetElements(workbookXml, p)[index];
  let xml = splice(workbookXml, e.start, e.elementEnd, "");
  xml = withoutSheetScope(xml, p, index);
  const states = sheetsOf(xml).map((s) => s.state);
  const firstVisible = Math.max(0, states.indexOf("visible"));
  for (const view of findElements(xml, `${p}workbookView`).reverse()) {
    let attributes = view.attributes;
    for (const key of ["activeTab", "firstSheet"]) {
      const value = attributeOf(attributes, key);
      if (value === null) continue;
      const n = Number(value);
      const moved = n > index ? n - 1 : n === index ? firstVisible : n;
      if (moved !== n) attributes = withAttribute(attributes, key, String(moved));
    }
    if (attributes !== view.attributes)
      xml = splice(
        xml,
        view.start,
        view.end,
        `<${p}workbookView${attributes}${view.selfClosing ? "/" : ""}>`,
      );
  }
  return xml;
}

/** Names scoped to sheet `index` dropped, those scoped to a later sheet moved one place down. */
function withoutSheetScope(xml: string, p: string, index: number): string {
  const names = findElement(xml, `${p}definedNames`);
  if (!names || names.selfClosing) return xml;
  const content = xml.slice(names.contentStart, names.contentEnd);
  let kept = 0;
  const edited = findElements(content, `${p}definedName`)
    .reverse()
    .reduce((text, name) => {
      const local = attributeOf(name.attributes, "localSheetId");
      const n = local === null ? NaN : Number(local);
      if (n === index) return splice(text, name.start, name.elementEnd, "");
      kept++;
      if (!(n > index)) return text;
      return splice(
        text,
        name.start,
        name.end,
        `<${p}definedName${withAttribute(name.attributes, "localSheetId", String(n - 1))}${name.selfClosing ? "/" : ""}>`,
      );
    }, content);
  if (kept === 0) return splice(xml, names.start, names.elementEnd, "");
  return splice(xml, names.contentStart, names.contentEnd, edited);
}

function sheetElements(workbookXml: string, p: string) {
  const sheets = findElement(workbookXml, `${p}sheets`);
  if (!sheets) throw new Error("The workbook part has no <sheets>");
  return findElements(workbookXml.slice(0, sheets.contentEnd), `${p}sheet`).filter(
    (e) => e.start >= sheets.contentStart,
  );
}

const PRINT_TITLES = "_xlnm.Print_Titles";

/**
 * The workbook part with the print titles of the sheet at `index` set to `reference`
 * (`Controlerapport!$7:$7`), or taken away for null: Excel keeps a sheet's print titles as a defined
 * name scoped to it. The workbook's other names are left as they are.
 */
export function withPrintTitles(workbookXml: string, index: number, reference: string | null): string {
  const p = prefixOf(workbookXml, MAIN_NS) ?? "";
  let xml = workbookXml;
  const names = findElement(xml, `${p}definedNames`);
  if (names && !names.selfClosing) {
    const content = xml.slice(names.contentStart, names.contentEnd);
    const kept = findElements(content, `${p}definedName`)
      .reverse()
      .reduce(
        (text, name) =>
          attributeOf(name.attributes, "name") === PRINT_TITLES &&
          attributeOf(name.attributes, "localSheetId") === String(index)
            ? splice(text, name.start, name.elementEnd, "")
            : text,
        content,
      );
    xml = splice(xml, names.contentStart, names.contentEnd, kept);
  }
  if (reference === null) {
    const after = findElement(xml, `${p}definedNames`);
    if (
      after &&
      !after.selfClosing &&
      findElements(xml.slice(after.contentStart, after.contentEnd), `${p}definedName`).length === 0
    )
      xml = splice(xml, after.start, after.elementEnd, "");
    return xml;
  }
  // Quotes as they are in element text, as Excel writes a name's formula: only &, < and > escaped.
  const text = reference.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const element = `<${p}definedName name="${PRINT_TITLES}" localSheetId="${index}">${text}</${p}definedName>`;
  const existing = findElement(xml, `${p}definedNames`);
  if (existing && !existing.selfClosing)
    return splice(xml, existing.contentEnd, existing.contentEnd, element);
  const wrapped = `<${p}definedNames>${element}</${p}definedNames>`;
  if (existing) return splice(xml, existing.start, existing.elementEnd, wrapped);
  // After <sheets>, <functionGroups> and <externalReferences>, as the schema orders a workbook's children.
  const before = ["externalReferences", "functionGroups", "sheets"]
    .map((n) => findElement(xml, `${p}${n}`))
    .find((e) => e !== null && e !== undefined);
  if (!before) throw new Error("The workbook part has no <sheets>");
  return splice(xml, before.elementEnd, before.elementEnd, wrapped);
}
