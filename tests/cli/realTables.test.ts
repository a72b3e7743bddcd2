import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { check, toReport } from "../../src/domain";
import { openWorkbook } from "../../src/xlsx/xlsxFile";

/**
 * Budget tables that real organisations published, keyed in as printed, clean and with an
 * accountant's mistakes (../shared/real-tables, beside the checkout; never copied in). Each must
 * give exactly its expected findings, as the folder's own scorer judges them: every expected
 * error and warning found, and no false error.
 */
const DIR = path.join(__dirname, "..", "..", "..", "shared", "real-tables");
const present = existsSync(path.join(DIR, "expected.json")) && existsSync(path.join(DIR, "score.js"));

if (!present) {
  // Loud on purpose: a skipped check of the real tables must not look like a passed one.
  console.warn(
    `SKIPPED the published budget tables: ${DIR} is absent (it stands beside the checkout in CI).`,
  );
}

const workbooks = present ? readdirSync(DIR).filter((f) => f.endsWith(".xlsx")) : [];

(present ? describe : describe.skip)("published budget tables (../shared/real-tables)", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "stoplicht-real-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(workbooks)("%s gives exactly its expected findings", async (name) => {
    const opened = await openWorkbook(path.join(DIR, name));
    const result = check(opened.grids, { language: name.startsWith("en-") ? "en" : "nl" });
    const report = path.join(tmp, `${name}.json`);
    writeFileSync(report, JSON.stringify(toReport(result, name)));
    const scored = spawnSync(process.execPath, [path.join(DIR, "score.js"), name, report], {
      encoding: "utf8",
    });
    // The scorer's own line says what was missed or false; it exits 0 only when all is right.
    expect(scored.stdout.trim()).toMatch(/false errors 0$/);
    expect(scored.stdout).not.toContain("missed");
    expect(scored.status).toBe(0);
  });
});
