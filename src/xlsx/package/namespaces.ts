/** The namespaces of the parts the package editor writes (transitional SpreadsheetML). */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
