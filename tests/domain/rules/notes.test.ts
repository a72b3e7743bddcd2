import { check } from "../../../src/domain";
import { changed, findingKeys, gridsOf } from "../../builders";
import { seedWorkbook } from "../../fixtures/seed";

const notesAt = (result: ReturnType<typeof check>) =>
  findingKeys(result.findings.filter((f) => f.rule === "note.missing"));

describe("note.missing", () => {
  it("follows the threshold setting", () => {
    const result = check(gridsOf(seedWorkbook()), { noteThreshold: 100000 });
    expect(notesAt(result)).toEqual(
      ["F75", "F82", "F91", "F102"].map((c) => `note.missing Programma's!${c}`),
    );
  });

  it("asks for a note where the explanation table's note for that programme is gone", () => {
    const result = check(gridsOf(changed(seedWorkbook(), "Overzicht", "C21", null as never)));
    expect(notesAt(result)).toEqual(
      expect.arrayContaining(["note.missing Overzicht!F6", "note.missing Overzicht!C21"]),
    );
  });

  it("applies a percentage rule combined with an absolute minimum", () => {
    // "> 5% unless < € 15.000": 1.1.3 overspends 5,7% and € 84.242; 1.2.1 underspends 14% but only € 26.021.
    const result = check(gridsOf(seedWorkbook()), {
      noteThreshold: 15000,
      notePercent: 5,
      noteCombine: "and",
    });
    const codes = result.findings.filter((f) => f.rule === "note.missing").map((f) => f.code);
    expect(codes).toContain("1.1.3");
    expect(codes).toContain("1.2.1");
    expect(codes).not.toContain("1.1.2");
  });

  it("writes a draft note from the row's figures, marked as a draft", () => {
    const result = check(gridsOf(seedWorkbook()));
    const water = result.variances.find((v) => v.code === "1.1.3")!;
    expect(water.note).toEqual({
      source: "draft",
      text: "[Concept] Overschrijding van €\u00a084.242 (5,7% van de begroting na wijziging van €\u00a01.479.962). Oorzaak nog toelichten.",
    });
    const fiets = check(gridsOf(seedWorkbook()), { language: "en" }).variances.find(
      (v) => v.code === "2.1.4",
    )!;
    expect(fiets.note?.text).toBe(
      "[Draft] Underspend of €80,174 (41.7% of the amended budget of €192,229). The budget was amended from €211,229 to €192,229 (€19,000 lower). Cause still to be explained.",
    );
  });
});
