/** Cells of one sheet whose formats an adapter must read before the check, beyond values and formulas. */
export interface CellRequest {
  sheet: string;
  /** A1 ranges, without the sheet. */
  ranges: string[];
}
