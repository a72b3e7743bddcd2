import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";
import type { Report } from "../../src/domain";
import { WRONG_REFUND } from "../fixtures/annual";

const ANNUAL = path.resolve(__dirname, "../fixtures/ipo-2024-annual.xlsx");
const FILLED = path.resolve(__dirname, "../fixtures/ipo-2024-annual-filled.xlsx");
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "stoplicht-annual-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), interactive: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function report(...args: string[]): Promise<{ code: number; out: string; json: Report }> {
  const file = path.join(dir, "report.json");
  const { code, out } = await run(...args, "--json", file, "--no-write");
  return { code, out, json: JSON.parse(await fs.readFile(file, "utf8")) as Report };
}

describe("stoplicht on the rest of the annual report", () => {
  it("prints the outputs per programme, the overspends and Bijlage 1, and reports them in --json", async () => {
    const { code, out, json } = await report(ANNUAL);
    expect(code).toBe(0);
    expect(out).toContain("Output programma 1: 13 (11 groen, 1 oranje, 1 rood)");
    expect(out).toContain("Output programma 10: 1 (0 groen, 0 oranje, 0 rood, 1 zonder kleur)");
    expect(out).toContain(
      "Overschrijdingen: 4 programma's, niet gedekt € 132.647; verantwoordingsgrens € 278.524,82",
    );
    expect(out).toContain("Bijdrage per provincie: 12 provincies (Bijlage 1), restitutie € 694.404");
    expect(json.outputs.perProgramme.map((p) => p.programme)).toEqual(["1", "3", "10"]);
    expect(json.contribution?.total).toEqual({ budget: 28546886, refund: 694404, accounts: 27852482 });
    expect(json.overspends).toMatchObject({ tolerance: 278524.82, counted: 132647, overTolerance: false });
    const rules = json.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === "output.money-light")).toHaveLength(4);
    expect(rules.filter((r) => r === "output.note-missing")).toHaveLength(1);
  });

  it("speaks English with --lang en", async () => {
    const { out } = await run(ANNUAL, "--lang", "en", "--no-write");
    expect(out).toContain("Outputs programme 3: 10 (6 green, 1 orange, 3 red)");
    expect(out).toContain("Overspends: 4 programmes, not covered €132,647; tolerance €278,524.82");
    expect(out).toContain("Contribution per province: 12 provinces (Bijlage 1), refund €694,404");
  });

  it("takes the tolerance as an amount or a percentage, and warns at the grand total's actual", async () => {
    for (const args of [
      ["--tolerance", "100000"],
      ["--tolerance-percent", "0,4"],
    ]) {
      const { json, out } = await report(ANNUAL, ...args);
      expect(json.findings.filter((f) => f.rule === "overspend.over-tolerance").map((f) => f.cell)).toEqual([
        "E15",
      ]);
      expect(out).toContain(", overschreden");
    }
  });

  it("shares out the result from a cell or an amount the user names", async () => {
    const cell = await report(ANNUAL, "--contribution-result", "Overzicht!F14");
    expect(cell.json.contribution?.result).toEqual({
      source: "cell",
      sheet: "Overzicht",
      cell: "F14",
      amount: 158454,
    });
    const amount = await report(
      ANNUAL,
      "--contribution-result",
      "694404.37",
      "--contribution-budget",
      "28.546.886",
    );
    expect(amount.json.contribution).toMatchObject({
      unit: 0.01,
      result: { source: "amount", amount: 694404.37 },
      budget: { source: "amount", amount: 28546886 },
    });
  });

  it("exits 1 where the workbook's own Bijlage 1 holds a wrong refund, and names the cell", async () => {
    const { code, out, json } = await report(FILLED);
    expect(code).toBe(1);
    expect(out).toContain(`FOUT         Bijlage 1!${WRONG_REFUND.cell}`);
    expect(
      json.findings.filter((f) => f.rule.startsWith("contribution.")).map((f) => `${f.rule} ${f.cell}`),
    ).toEqual([
      "contribution.mismatch D4",
      "contribution.mismatch E4",
      // The Totaal row adds up the wrong refund: it no longer equals the result.
      "contribution.mismatch D14",
      "contribution.mismatch E14",
    ]);
  });

  it.each([
    ["--contribution-result", "F15"],
    ["--contribution-budget", "veel"],
    ["--tolerance", "-5"],
  ])("exits 2 for %s %s", async (option, value) => {
    const { code } = await run(ANNUAL, option, value, "--no-write");
    expect(code).toBe(2);
  });
});
