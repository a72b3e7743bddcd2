import fc from "fast-check";
import { fingerprintCells } from "../../src/domain";

/** The fingerprint as first defined (and stored in users' workbooks): the joined text, hashed. */
function joinedFingerprint(rows: readonly (readonly unknown[] | undefined)[]): string {
  const text = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return "";
    if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
    if (typeof v === "string") return `s${v}`;
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return JSON.stringify(v);
  };
  const lines = rows.map((row) => {
    const cells = (row ?? []).map(text);
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u001f");
  });
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let hash = 0x811c9dc5;
  for (const ch of lines.join("\u001e")) {
    for (let i = 0; i < ch.length; i++) hash = Math.imul(hash ^ ch.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

describe("fingerprintCells", () => {
  it("gives the fingerprints earlier runs stored, whatever the rows", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(""),
      fc.string({ maxLength: 4 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    );
    const rows = fc.array(fc.oneof(fc.constant(undefined), fc.array(cell, { maxLength: 5 })), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(rows, (r) => {
        expect(fingerprintCells(r)).toBe(joinedFingerprint(r));
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores trailing empty cells and rows, not empty ones in between", () => {
    expect(fingerprintCells([["OK", 0.0243]])).toBe(fingerprintCells([["OK", 0.0243, ""], [], [null]]));
    expect(fingerprintCells([["OK"], [], ["X"]])).not.toBe(fingerprintCells([["OK"], ["X"]]));
  });
});
