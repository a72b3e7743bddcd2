import { contentTypeOf, CONTENT_TYPES } from "./contentTypes";
import { EMPTY_RELS, relationshipsOf, resolveTarget } from "./relationships";
import { ZipPackage } from "./zipPackage";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/**
 * The part the package's root relationships name as its main document (`xl/workbook.xml` in
 * every workbook Excel writes, but the relationships decide).
 */
export async function mainPartOf(zip: ZipPackage): Promise<string> {
  const root = relationshipsOf((await zip.text("_rels/.rels")) ?? EMPTY_RELS);
  const main = root.find((r) => r.type === OFFICE_DOCUMENT && !r.external);
  return main ? resolveTarget("", main.target) : "xl/workbook.xml";
}

/**
 * Whether a workbook file is macro-enabled (.xlsm): its workbook part has the macro-enabled
 * content type. Excel opens such a package only under a macro-enabled name, and the other only
 * under a plain one, so the result must keep the input's kind of name.
 */
export async function isMacroEnabled(data: Uint8Array): Promise<boolean> {
  const zip = await ZipPackage.open(data);
  const types = await zip.text(CONTENT_TYPES);
  return types !== null && /macroEnabled/i.test(contentTypeOf(types, await mainPartOf(zip)) ?? "");
}
