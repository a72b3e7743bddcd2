import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError, CommanderError } from "commander";
import {
  check,
  formatMoney,
  parseAmount,
  settingsSchema,
  toReport,
  type CheckResult,
  type Language,
} from "../domain";
import { InputFileError } from "../xlsx/inspectFile";
import { openWorkbook, writeCheckedWorkbook } from "../xlsx/xlsxFile";
import { CLI_TEXTS } from "./cliMessages";
import { createProgress } from "./progress";

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether stderr is a terminal: progress bars only where a person watches. */
  interactive: boolean;
  /** Today, for the result sheets' title blocks; tests give a fixed day. */
  now?: () => Date;
}

/** The workbook checked when none is given: the report the product was born from. */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, "../../samples/ipo-jaarverslag-2024.xlsx");
const TOP_FINDINGS = 10;
/** Files above this size get a progress bar on stderr. */
const LARGE_FILE_BYTES = 2 * 1024 * 1024;

interface Options {
  out?: string;
  json?: string;
  lang: Language;
  threshold?: number;
  notePercent?: number;
  noteCombine?: "and" | "or";
  tolerance?: number;
  tolerancePercent?: number;
  contributionResult?: string | number;
  contributionBudget?: string | number;
  write: boolean;
}

/** Exit codes of DESIGN.md: 0 no errors, 1 error findings, 2 the input could not be checked. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = new Command()
    .name("stoplicht")
    .description(
      "Checks a budget workbook (.xlsx): totals, variances and notes. Controleert een begrotingswerkmap: totalen, verschillen en toelichtingen.",
    )
    .argument("[workbook]", "the .xlsx or .xlsm to check (default: the bundled sample)")
    .option("--out <file>", "where to write the checked workbook (default: <name>.checked.xlsx, or .xlsm)")
    .option("--json <file>", "also write the report as JSON")
    .option("--lang <lang>", "nl or en", parseLang, "nl" as Language)
    .option("--threshold <euros>", "a variance above this needs a note (default 50000)", parseThreshold)
    .option("--note-percent <percent>", "a variance above this % of the budget needs a note", parsePercent)
    .option(
      "--note-combine <how>",
      "and: a note only when both the amount and the % are exceeded (default); or: when either is",
      parseCombine,
    )
    .option(
      "--tolerance <euros>",
      "overspends together above this amount are reported (default: 1% of the total lasten)",
      parseThreshold,
    )
    .option(
      "--tolerance-percent <percent>",
      "the tolerance as a % of the total lasten (default 1)",
      parsePercent,
    )
    .option(
      "--contribution-result <cell|euros>",
      "the result Bijlage 1 shares out over the provinces: a cell (Overzicht!F15) or an amount (default: the summary's grand total variance)",
      parseSource,
    )
    .option(
      "--contribution-budget <cell|euros>",
      "the provinces' total budgeted contribution where their table gives only the key (default: the summary's grand total budget)",
      parseSource,
    )
    .option("--no-write", "only report; write no workbook")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  let input: string;
  let opts: Options;
  try {
    program.parse(argv, { from: "user" });
    opts = program.opts<Options>();
    input = program.args[0] ?? SAMPLE_WORKBOOK;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const t = CLI_TEXTS[opts.lang];
  const shown = path.relative(process.cwd(), input) || input;
  const out = opts.out ?? defaultOutput(input);
  if (opts.write && (await sameFile(out, input))) {
    io.err(t.sameAsInput(shown));
    return 2;
  }
  // The report is written by renaming over its path: over the input it would replace the
  // workbook the user asked to have only read, over the output it would replace the result.
  if (opts.json && (await sameFile(opts.json, input))) {
    io.err(t.jsonSameAsInput(shown));
    return 2;
  }
  if (opts.json && opts.write && (await sameFile(opts.json, out))) {
    io.err(t.jsonSameAsOutput(path.relative(process.cwd(), out) || out));
    return 2;
  }
  const stat = await fs.stat(input).catch(() => null);
  const progress = createProgress(io.interactive && !!stat && stat.size > LARGE_FILE_BYTES, t.stages);
  let result: CheckResult;
  let opened;
  try {
    progress.stage(0);
    opened = await openWorkbook(input);
    if (opened.grids.every((g) => g.values.length === 0)) {
      progress.stop();
      io.err(t.empty(shown));
      return 2;
    }
    progress.stage(1);
    result = check(
      opened.grids,
      {
        language: opts.lang,
        ...(opts.threshold !== undefined ? { noteThreshold: opts.threshold } : {}),
        ...(opts.notePercent !== undefined ? { notePercent: opts.notePercent } : {}),
        ...(opts.noteCombine !== undefined ? { noteCombine: opts.noteCombine } : {}),
        ...(opts.tolerance !== undefined ? { overspendTolerance: opts.tolerance } : {}),
        ...(opts.tolerancePercent !== undefined ? { overspendTolerancePercent: opts.tolerancePercent } : {}),
        ...(opts.contributionResult !== undefined ? { contributionResult: opts.contributionResult } : {}),
        ...(opts.contributionBudget !== undefined ? { contributionBudget: opts.contributionBudget } : {}),
      },
      { workbook: path.basename(input), date: isoDay((io.now ?? (() => new Date()))()) },
    );
  } catch (e) {
    progress.stop();
    if (e instanceof InputFileError) {
      io.err(t.problem[e.problem](shown));
      return 2;
    }
    throw e;
  }
  if (result.tables.length === 0) {
    progress.stop();
    io.err(t.noTables(shown));
    return 2;
  }
  // Excel opens a package only under the name of its kind: macros in an .xlsx name, or none in
  // an .xlsm name, and it refuses the file.
  if (opts.write && opened.macroEnabled !== /\.xlsm$/i.test(out)) {
    progress.stop();
    io.err(opened.macroEnabled ? t.needsXlsm(shown) : t.needsXlsx(shown));
    return 2;
  }
  // Exit 2 promises that nothing was written. The report goes to a temporary file first, so that
  // a report that cannot be written (missing folder, no permission, full disk) stops the run
  // before the workbook is written; it takes its name only once the workbook is in place.
  const json = opts.json;
  let report: StagedFile | null = null;
  if (json) {
    try {
      report = await stage(json, JSON.stringify(toReport(result, path.basename(input)), null, 2));
    } catch (e) {
      progress.stop();
      io.err(t.cannotWrite(json, reasonOf(e)));
      return 2;
    }
  }
  if (opts.write) {
    progress.stage(2);
    try {
      await writeCheckedWorkbook(opened, result.plan, out);
    } catch (e) {
      await report?.discard();
      progress.stop();
      io.err(t.cannotWrite(out, reasonOf(e)));
      return 2;
    }
  }
  if (json && report) {
    try {
      await report.commit();
    } catch (e) {
      // Only a rename beside a file just written can fail here, rarely; say what is on disk.
      await report.discard();
      progress.stop();
      io.err(
        opts.write
          ? t.reportNotWritten(json, reasonOf(e), path.relative(process.cwd(), out) || out)
          : t.cannotWrite(json, reasonOf(e)),
      );
      return 2;
    }
  }
  progress.stop();
  printSummary(io, t, shown, result);
  if (json) io.out(t.json(json));
  io.out(opts.write ? t.written(path.relative(process.cwd(), out) || out) : t.noWrite);
  return result.summary.errors > 0 ? 1 : 0;
}

function printSummary(io: CliIO, t: (typeof CLI_TEXTS)[Language], file: string, result: CheckResult): void {
  const kinds = (["summary", "detail", "explanation"] as const)
    .map((k) => [k, result.tables.filter((x) => x.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${t.kinds[k]}`)
    .join(", ");
  const s = result.summary;
  io.out(t.title(file));
  // The verdict first, as the pane leads with it: what a controller must do, before the counts.
  io.out(result.verdict);
  io.out(t.tables(result.tables.length, kinds));
  io.out(t.counts(s.errors, s.warnings, s.infos, s.accepted));
  printAnnual(io, t, result);
  const open = result.findings.filter((f) => !f.accepted);
  if (open.length === 0) return;
  io.out(t.top);
  for (const f of open.slice(0, TOP_FINDINGS)) {
    io.out(`  ${t.severity[f.severity].padEnd(12)} ${`${f.sheet}!${f.cell}`.padEnd(18)} ${f.message}`);
  }
  if (open.length > TOP_FINDINGS) io.out(t.more(open.length - TOP_FINDINGS));
}

/** The parts of the annual report, a line each where the workbook has them. */
function printAnnual(io: CliIO, t: (typeof CLI_TEXTS)[Language], result: CheckResult): void {
  const lang = result.settings.language;
  const money = (cents: number) => formatMoney(cents, result.annual.overspends.currency ?? "EUR", lang);
  for (const p of result.annual.outputs.perProgramme) io.out(t.outputs(p));
  const o = result.annual.overspends;
  const counted = o.countedItems;
  io.out(
    t.overspends(
      counted.length,
      o.countedLevel,
      money(o.counted),
      o.tolerance === null ? null : money(o.tolerance),
      o.overTolerance,
    ),
  );
  const c = result.annual.contribution;
  if (c?.result) io.out(t.contribution(c.result.rows.length, money(c.result.total.refund), c.table.sheet));
  else if (c) io.out(t.contributionProblem(c.table.sheet));
}

function defaultOutput(input: string): string {
  const dir = path.dirname(input);
  const extension = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
  const base = path.basename(input).replace(/\.xls[xm]$/i, "");
  return path.join(dir, `${base}.checked${extension}`);
}

/** A file written beside its target under a temporary name, not yet in place. */
interface StagedFile {
  /** Renames it over the target: the target appears whole. */
  commit: () => Promise<void>;
  /** Removes it: nothing was written. */
  discard: () => Promise<void>;
}

/** Writes `content` to a temporary file beside `file`; throws when it cannot be written there. */
async function stage(file: string, content: string): Promise<StagedFile> {
  // A folder at the target would only fail the rename at the end, after the workbook is written.
  if ((await fs.stat(file).catch(() => null))?.isDirectory())
    throw Object.assign(new Error(`${file} is a folder`), { code: "EISDIR" });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  const discard = () => fs.rm(tmp, { force: true }).catch(() => undefined);
  try {
    await fs.writeFile(tmp, content, "utf8");
  } catch (e) {
    await discard();
    throw e;
  }
  return { commit: () => fs.rename(tmp, file), discard };
}

/**
 * Whether two paths name the same file: the same path once resolved, or (for files that exist)
 * the same file on disk, as on a case-insensitive disk or through a link.
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [x, y] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!x && !!y && x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "geen schrijfrechten / no permission";
  if (code === "ENOENT") return "map bestaat niet / folder does not exist";
  if (code === "ENOSPC") return "schijf vol / disk full";
  if (code === "EISDIR") return "is een map / is a folder";
  return code ?? (e instanceof Error ? e.message : String(e));
}

function parseLang(value: string): Language {
  if (value !== "nl" && value !== "en") throw new InvalidArgumentError("use nl or en");
  return value;
}

function parsePercent(value: string): number {
  const n = Number(value.replace(/[%\s]/g, "").replace(",", "."));
  if (!Number.isFinite(n) || n < 0 || value.trim() === "")
    throw new InvalidArgumentError("a non-negative percentage, e.g. 5");
  return n;
}

function parseCombine(value: string): "and" | "or" {
  if (value !== "and" && value !== "or") throw new InvalidArgumentError("use and or or");
  return value;
}

/** A cell (`Overzicht!F15`) or an amount in euros, as the settings take it. */
function parseSource(value: string): string | number {
  if (value.includes("!")) {
    if (!settingsSchema.shape.contributionResult.safeParse(value).success)
      throw new InvalidArgumentError("a cell such as Overzicht!F15, or an amount in euros");
    return value;
  }
  // Dutch or English notation, as the engine reads amounts: "694.404,37" and "694404.37" alike.
  const amount = parseAmount(value.replace(/€/g, ""));
  if (amount.kind !== "number" && amount.kind !== "text")
    throw new InvalidArgumentError("a cell such as Overzicht!F15, or an amount in euros");
  return amount.cents / 100;
}

function parseThreshold(value: string): number {
  const n = Number(value.replace(/[€\s.]/g, "").replace(",", "."));
  if (!Number.isFinite(n) || n < 0 || value.trim() === "")
    throw new InvalidArgumentError("a non-negative amount in euros, e.g. 50000");
  return n;
}

/** A day as `YYYY-MM-DD`, in the local time zone: the day the user checked on. */
export function isoDay(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
