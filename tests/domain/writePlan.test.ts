import { check, OWNERSHIP_SHEET, type CellValue, type Grid, type WritePlan } from "../../src/domain";
import { changed, gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";

const plan = check(gridsOf(seedWorkbook())).plan;
const values = (p: WritePlan, tableId: string) =>
  p.blocks.find((b) => b.tableId === tableId)!.cells.map((r) => r.map((c) => c.value));

/** The grids as they are after an adapter executed the plan: what a second run reads. */
function afterWrite(grids: Grid[], p: WritePlan): Grid[] {
  const out = grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  for (const b of p.blocks) {
    const g = out.find((x) => x.sheet === b.sheet)!;
    b.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        while (g.values.length <= b.row + i) g.values.push([]);
        const r = g.values[b.row + i] as CellValue[];
        while (r.length <= b.col + j) r.push(null);
        r[b.col + j] = cell.value;
      }),
    );
  }
  for (const s of p.sheets)
    out.push({ sheet: s.name, topLeft: "A1", values: s.cells.map((r) => r.map((c) => c.value)) });
  out.push({ sheet: OWNERSHIP_SHEET, topLeft: "A1", values: p.ownershipSheet.cells });
  return out;
}

describe("the write plan", () => {
  it("puts the status columns right of each programme table, header on its header row", () => {
    const block = plan.blocks.find((b) => b.tableId === "Programma's!A1")!;
    expect([block.row, block.col, block.kinds]).toEqual([0, 6, ["check", "variancePct", "light", "draft"]]);
    const v = values(plan, "Programma's!A1");
    expect(v[0]).toEqual(["Controle", "Verschil %", "Stoplicht", "Toelichting"]);
    expect(v[1]).toEqual([null, null, null, null]);
    expect(v[4]).toEqual([
      "OK",
      -84242 / 1479962,
      "Rood",
      "[Concept] Overschrijding van €\u00a084.242 (5,7% van de begroting na wijziging van €\u00a01.479.962). Oorzaak nog toelichten.",
    ]);
    expect(v[13]).toEqual(["Afronding ±€\u00a01", -10276 / 6310598, "Oranje", null]);
  });

  it("writes the summary's header on the second of its two header rows", () => {
    const v = values(plan, "Overzicht!A3");
    expect(v[0]).toEqual([null, null, null, null]);
    expect(v[1]).toEqual(["Controle", "Verschil %", "Stoplicht", "Toelichting"]);
    expect(v[12]).toEqual(["Afronding ±€\u00a01", 694404 / 28546886, "Groen", null]);
  });

  it("writes no status columns beside the explanation table", () => {
    expect(plan.blocks.map((b) => b.tableId)).not.toContain("Overzicht!A19");
  });

  it("marks an error in the row's check cell", () => {
    const p = check(gridsOf(changed(seedWorkbook(), "Programma's", "E14", 6330874))).plan;
    const block = p.blocks.find((b) => b.tableId === "Programma's!A1")!;
    // The check column is coloured by one rule per colour: its cells carry no fill of their own.
    expect(block.cells[13][0]).toEqual({ value: "FOUT: totaal" });
    expect(block.columns[0].rules).toContainEqual({ beginsWith: "FOUT: totaal", style: "error" });
  });

  it("moves the status columns past a user's column instead of writing over it", () => {
    const specs = changed(seedWorkbook(), "Programma's", "G5", "Mijn opmerking");
    const p = check(gridsOf(specs)).plan;
    expect(p.blocks.find((b) => b.tableId === "Programma's!A1")!.col).toBe(7);
  });

  it("lists every finding in the findings sheet below its title block, its rule by name, linked to its cell", () => {
    const sheet = plan.sheets.find((s) => s.role === "findings")!;
    expect(sheet.name).toBe("Controlerapport");
    expect(sheet.headerRow).toBe(6);
    expect(sheet.cells).toHaveLength(7 + 51);
    expect(sheet.cells[6].map((c) => c.value)).toEqual([
      "Ernst",
      "Regel",
      "Blad",
      "Cel",
      "Omschrijving",
      "Verwacht",
      "Werkelijk",
      "Verschil",
      "Melding",
      "Volgt uit",
      "Status",
    ]);
    expect(sheet.cells[7].map((c) => c.value).slice(0, 5)).toEqual([
      "Waarschuwing",
      "Naam wijkt af",
      "Overzicht",
      "A5",
      "1. Ruimte en Leefbaarheid · Programma",
    ]);
    expect(sheet.cells[7][3]).toEqual({
      value: "A5",
      link: { sheet: "Overzicht", cell: "A5" },
      style: "link",
    });
    // No rule id anywhere in the sheet: the rule column names each rule.
    expect(sheet.cells.slice(7).map((r) => r[1].value)).not.toContain("note.missing");
  });

  it("puts the findings that follow from one mistake right under it, each linked to its root", () => {
    // Programme 1's Rekening total typed 1.001 too high: its variance and the summary's cross-check follow.
    const p = check(gridsOf(changed(seedWorkbook(), "Programma's", "E14", 6321874))).plan;
    const rows = p.sheets[0].cells.slice(7).filter((r) => r[0].value === "Fout");
    expect(rows.map((r) => [r[1].value, `${r[2].value}!${r[3].value}`, r[9].value])).toEqual([
      ["Totaal klopt niet", "Programma's!E14", null],
      ["Wijkt af van andere tabel", "Overzicht!E5", "E14"],
      ["Verschil klopt niet", "Programma's!F14", "E14"],
    ]);
    expect(rows[1][9].link).toEqual({ sheet: "Programma's", cell: "E14" });
    expect(rows[0][5]).toEqual({ value: 6320873, style: "euro" });
  });

  // Rounded once, by the cell's number format, as Excel's own =F/D: rounding the share to 0,01 %
  // first made −3,548 % into −3,55 % and then −3,6 %.
  it("writes Verschil % as the exact share: 1.1.1's −6.911 / 194.788 shows −3,5 %, not −3,6 %", () => {
    const cell = plan.blocks.find((b) => b.tableId === "Programma's!A1")!.cells[2][1];
    expect(cell).toEqual({ value: -6911 / 194788, style: "percent" });
    expect(((cell.value as number) * 100).toFixed(1)).toBe("-3.5");
  });

  it("takes Verschil % from the stated variance where a euro of rounding makes it differ, as =F/D does", () => {
    // 1.2.1 Gezonde leefomgeving: 186.345 − 160.324 = 26.021; the report states 26.022.
    const row = values(plan, "Programma's!A1")[8];
    expect(row.slice(0, 2)).toEqual(["Afronding ±€\u00a01", 26022 / 186345]);
  });

  it("writes the exact share in the Verschillenanalyse sheet too", () => {
    const sheet = plan.sheets.find((s) => s.role === "variances")!;
    const water = sheet.cells.find((r) => r[0]?.value === "Programma's" && r[1]?.value === "A5")!;
    expect(water[7]).toEqual({ value: -84242 / 1479962, style: "percent" });
  });

  it("lists the variances above the threshold with their notes, each programme once", () => {
    const sheet = plan.sheets.find((s) => s.role === "variances")!;
    expect(sheet.name).toBe("Verschillenanalyse");
    const body = sheet.cells.slice(sheet.headerRow + 1);
    const rows = body.map((r) => [r[0].value, r[1].value, r[2].value, r[11].value]);
    expect(rows.slice(0, 3)).toEqual([
      ["Overzicht", "A6", "2", "toelichtingstabel"],
      ["Overzicht", "A7", "3", "toelichtingstabel"],
      ["Overzicht", "A11", "7", "toelichtingstabel"],
    ]);
    // The six programmes the summary lists once each, their nine lines: programme 2's total on
    // Programma's!A25 is the summary's line 2 again, and was listed twice.
    expect(rows).toHaveLength(6 + 9);
    const codes = rows.map((r) => r[2]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(body[0][4]).toEqual({ value: 1607291, style: "euro" });
  });

  it("lists a programme's total beside the summary's line where the two state different figures", () => {
    // Programme 2's total typed differently from the summary's line: both stand, the cross-check says why.
    const p = check(gridsOf(changed(seedWorkbook(), "Programma's", "E25", 1549304 - 100000))).plan;
    const sheet = p.sheets.find((s) => s.role === "variances")!;
    const twos = sheet.cells.slice(sheet.headerRow + 1).filter((r) => r[2].value === "2");
    expect(twos.map((r) => `${r[0].value}!${r[1].value}`)).toEqual(["Overzicht!A6", "Programma's!A25"]);
  });

  it("records what it writes, so that it can be replaced and removed", () => {
    expect(plan.ownership.sheets).toEqual(["Controlerapport", "Verschillenanalyse", "Overschrijdingen"]);
    expect(plan.ownership.regions[0]).toMatchObject({ sheet: "Overzicht", range: "G3:J15" });
    expect(plan.ownership.regions[0].fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(plan.ownership.regions).toHaveLength(11);
  });

  it("plans the same cells when run again on its own output", () => {
    const grids = gridsOf(seedWorkbook());
    const second = check(afterWrite(grids, plan));
    expect(second.plan.blocks).toEqual(plan.blocks);
    // The result sheets are refilled where they are, not deleted and added again.
    expect(second.plan.sheets).toEqual(plan.sheets.map((s) => ({ ...s, refill: true })));
    expect(second.plan.removal.regions.map(({ clear: _c, resetWidths: _w, ...r }) => r)).toEqual(
      plan.ownership.regions,
    );
    expect(second.plan.removal.sheets).toEqual([]);
    expect(second.plan.ownershipSheet.exists).toBe(true);
    expect(second.findings).toEqual(check(grids).findings);
  });

  it("does not take a user's sheet named like a result sheet", () => {
    const grids = [
      ...gridsOf(seedWorkbook()),
      { sheet: "Controlerapport", topLeft: "A1", values: [["van mij"]] },
    ];
    expect(check(grids).plan.sheets.map((s) => s.name)).toEqual([
      "Controlerapport (2)",
      "Verschillenanalyse",
      "Overschrijdingen",
    ]);
  });

  it("speaks English when asked", () => {
    const p = check(gridsOf(seedWorkbook()), { language: "en" }).plan;
    expect(p.sheets.map((s) => s.name)).toEqual(["Findings", "Variance analysis", "Overspends"]);
    expect(values(p, "Programma's!A1")[0]).toEqual(["Check", "Variance %", "Traffic light", "Explanation"]);
  });

  it("counts an accepted finding as accepted, not open, and says so in the report", () => {
    const accepted = [
      {
        rule: "structure.name-mismatch",
        sheet: "Overzicht",
        cell: "A5",
        reason: "Naam in begroting 2024 gewijzigd",
      },
    ];
    const result = check(gridsOf(seedWorkbook()), { accepted });
    expect(result.summary).toEqual({ errors: 0, warnings: 13, infos: 37, accepted: 1 });
    const row = result.plan.sheets[0].cells.find((r) => r[3]?.value === "A5" && r[2]?.value === "Overzicht")!;
    expect(row[10].value).toBe("Geaccepteerd: Naam in begroting 2024 gewijzigd");
    expect(result.plan.sheets[0].cells[4][0].value).toBe(
      "Totaal: 0 fouten, 13 waarschuwingen, 37 info, 1 geaccepteerd.",
    );
  });
});

describe("cells an earlier run wrote and the user edited since", () => {
  const grids = gridsOf(seedWorkbook());
  /** The workbook after a write, with one cell typed over by the user. */
  function editedAfterWrite(sheet: string, row: number, col: number, value: CellValue): Grid[] {
    return afterWrite(grids, plan).map((g) => {
      if (g.sheet !== sheet) return g;
      const values = g.values.map((r) => [...r]);
      values[row][col] = value;
      return { ...g, values };
    });
  }

  it("are kept as the user's: not cleared, not written over, and said so", () => {
    // The user replaces the draft for 1.1.3 Water (Programma's!J5) with an explanation.
    const second = check(editedAfterWrite("Programma's", 4, 9, "Hogere kosten door extra metingen."));
    expect(second.plan.removal.regions.map((r) => r.range)).not.toContain("G1:J14");
    const edited = second.findings.filter((f) => f.rule === "results.edited");
    expect(edited.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Programma's", "G1", "warning"]]);
    expect(second.plan.blocks.find((b) => b.tableId === "Programma's!A1")!.col).toBe(10);
  });

  it("take a typed explanation in the drafted column as the row's note, but never a draft", () => {
    const second = check(editedAfterWrite("Programma's", 4, 9, "Hogere kosten door extra metingen."));
    const water = second.variances.find((v) => v.code === "1.1.3")!;
    expect(water.note).toEqual({
      text: "Hogere kosten door extra metingen.",
      source: "row",
      cell: "Programma's!J5",
    });
    const wonen = second.findings.find((f) => f.rule === "note.missing" && f.code === "1.2.4");
    expect(wonen?.cell).toBe("J12");
  });

  it("are not taken for the user's when the region is empty, as a write that failed early leaves it", () => {
    const emptied = afterWrite(grids, plan).map((g) => {
      if (g.sheet !== "Programma's") return g;
      return { ...g, values: g.values.map((r) => r.map((v, c) => (c >= 6 && c <= 9 ? null : v))) };
    });
    const second = check(emptied);
    expect(second.findings.filter((f) => f.rule === "results.edited")).toEqual([]);
    expect(second.plan.removal.regions.map((r) => `${r.sheet}!${r.range}`)).toContain("Programma's!G1:J14");
    expect(second.plan.blocks.find((b) => b.tableId === "Programma's!A1")!.col).toBe(6);
  });

  it("are not taken for the user's when the user renamed the sheet: its old columns are replaced", () => {
    const renamed = afterWrite(grids, plan).map((g) =>
      g.sheet === "Programma's" ? { ...g, sheet: "Programma's 2024" } : g,
    );
    const second = check(renamed);
    expect(second.findings.filter((f) => f.rule === "results.edited")).toEqual([]);
    expect(
      second.plan.removal.regions
        .filter((r) => r.sheet.startsWith("Programma's"))
        .map(({ clear: _c, resetWidths: _w, ...r }) => r),
    ).toEqual(
      plan.ownership.regions
        .filter((r) => r.sheet === "Programma's")
        .map((r) => ({ ...r, sheet: "Programma's 2024" })),
    );
    const block = second.plan.blocks.find((b) => b.tableId === "Programma's 2024!A1")!;
    expect([block.col, block.cells[0].map((c) => c.value)]).toEqual([
      6,
      ["Controle", "Verschil %", "Stoplicht", "Toelichting"],
    ]);
    expect(second.summary).toEqual(check(grids).summary);
  });

  it("keep an edited result sheet and write the new one beside it", () => {
    const second = check(editedAfterWrite("Controlerapport", 1, 9, "Besproken met de accountant"));
    expect(second.removal.sheets).toEqual(["Verschillenanalyse", "Overschrijdingen"]);
    expect(second.plan.sheets.map((s) => s.refill)).toEqual([false, true, true]);
    expect(second.plan.sheets.map((s) => s.name)).toEqual([
      "Controlerapport (2)",
      "Verschillenanalyse",
      "Overschrijdingen",
    ]);
    expect(
      second.findings.filter((f) => f.rule === "results.edited").map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual(["Controlerapport!A1"]);
  });
});
