import { check, NBSP, verdict, verdictCounts, type Finding } from "../../src/domain";
import { changed, gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { seedWithSkippedRow } from "../fixtures/variants";

const nb = (text: string) => text.replace(/€ /g, `€${NBSP}`);

describe("the verdict a check leads with", () => {
  it.each([
    ["nl", "Geen fouten. 9 verschillen boven € 50.000 zonder toelichting. 5 andere waarschuwingen."],
    ["en", "No errors. 9 variances above €50,000 without an explanation. 5 other warnings."],
  ] as const)("says in %s that the seed has no errors and which variances lack a note", (language, said) => {
    const result = check(gridsOf(seedWorkbook()), { language });
    expect(result.verdict).toBe(nb(said));
  });

  it("counts a SUM that skips a row as one mistake, with the three errors that follow from it", () => {
    const result = check(gridsOf(seedWithSkippedRow()));
    expect(verdictCounts(result.findings)).toEqual({
      errors: 1,
      consequences: 3,
      notesMissing: 9,
      otherWarnings: 5,
    });
    expect(result.verdict).toBe(
      nb(
        "1 fout, waaruit 3 andere fouten volgen. 9 verschillen boven € 50.000 zonder toelichting. 5 andere waarschuwingen.",
      ),
    );
    expect(check(gridsOf(seedWithSkippedRow()), { language: "en" }).verdict).toBe(
      nb(
        "1 error, with 3 more that follow from it. 9 variances above €50,000 without an explanation. 5 other warnings.",
      ),
    );
  });

  it("counts the errors of a mistake whose cause was accepted as open errors, and shows them red", () => {
    const skipped = check(gridsOf(seedWithSkippedRow()));
    const root = skipped.findings.find((f) => f.severity === "error" && !f.causedBy)!;
    const accepted = { rule: root.rule, sheet: root.sheet, cell: root.cell, reason: "bewust" };
    const result = check(gridsOf(seedWithSkippedRow()), { accepted: [accepted] });
    const open = result.findings.filter((f) => f.severity === "error" && !f.accepted);
    expect(open).toHaveLength(3);
    // None hides under the accepted SUM; the total it left wrong now leads the other two.
    expect(open.map((f) => f.causedBy?.rule ?? null).sort()).toEqual([
      null,
      "total.mismatch",
      "total.mismatch",
    ]);
    expect(verdictCounts(result.findings)).toMatchObject({ errors: 1, consequences: 2 });
    expect(result.verdict.startsWith("1 fout, waaruit 2 andere fouten volgen.")).toBe(true);
    const red = [...result.overview.tables, ...result.overview.programmes].filter((l) => l.light === "red");
    expect(red.length).toBeGreaterThan(0);
  });

  it("names the note rule as the settings give it", () => {
    const result = check(gridsOf(seedWorkbook()), {
      noteThreshold: 100000,
      notePercent: 5,
      noteCombine: "and",
    });
    expect(result.verdict).toBe(
      nb(
        "Geen fouten. 4 verschillen boven € 100.000 én boven 5% van de begroting zonder toelichting. 5 andere waarschuwingen.",
      ),
    );
  });

  it("counts two independent mistakes as two errors", () => {
    // Two typed totals of programme 1, in two columns: each wrong on its own.
    const specs = changed(changed(seedWorkbook(), "Programma's", "E14", 6330874), "Programma's", "B14", 1);
    const counts = verdictCounts(check(gridsOf(specs)).findings);
    expect(counts.errors).toBe(2);
    expect(check(gridsOf(specs)).verdict).toMatch(/^2 fouten(\.|, waaruit)/);
  });

  it("leaves out what the user accepted, and says so when nothing is left", () => {
    const finding = (rule: Finding["rule"], severity: Finding["severity"], accepted?: string): Finding => ({
      rule,
      severity,
      sheet: "S",
      cell: "A1",
      message: "",
      ...(accepted ? { accepted: { reason: accepted } } : {}),
    });
    const settings = check([]).settings;
    expect(verdict([finding("note.missing", "warning", "uitgelegd in de raad")], settings, "nl")).toBe(
      "Geen fouten. Geen waarschuwingen.",
    );
    expect(
      verdict([finding("total.mismatch", "error"), finding("total.rounding", "info")], settings, "en"),
    ).toBe("1 error. No warnings.");
    expect(verdict([finding("structure.gap", "warning")], settings, "nl")).toBe(
      "Geen fouten. 1 waarschuwing.",
    );
  });
});
