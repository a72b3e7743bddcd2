/** Lower case, without diacritics, with single spaces: the form headers and names are compared in. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** A cell's text, or "" for anything that is not text. */
export function cellText(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}
