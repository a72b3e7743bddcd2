import type { Language, ProgrammeOutputs } from "../domain";
import type { InputProblem } from "../xlsx/inspectFile";

type Texts = {
  problem: Record<InputProblem, (file: string) => string>;
  noTables: (file: string) => string;
  empty: (file: string) => string;
  sameAsInput: (file: string) => string;
  jsonSameAsInput: (file: string) => string;
  jsonSameAsOutput: (file: string) => string;
  reportNotWritten: (file: string, reason: string, result: string) => string;
  cannotWrite: (file: string, reason: string) => string;
  needsXlsm: (input: string) => string;
  needsXlsx: (input: string) => string;
  badOption: (detail: string) => string;
  title: (file: string) => string;
  tables: (n: number, kinds: string) => string;
  kinds: Record<string, string>;
  counts: (e: number, w: number, i: number, accepted: number) => string;
  top: string;
  more: (n: number) => string;
  written: (file: string) => string;
  json: (file: string) => string;
  noWrite: string;
  severity: Record<string, string>;
  stages: [string, string, string];
  outputs: (p: ProgrammeOutputs) => string;
  overspends: (
    n: number,
    level: "programme" | "line",
    total: string,
    tolerance: string | null,
    over: boolean,
  ) => string;
  contribution: (n: number, refund: string, sheet: string) => string;
  contributionProblem: (sheet: string) => string;
};

/** What the command line says, in the user's language; Dutch by default. */
export const CLI_TEXTS: Record<Language, Texts> = {
  nl: {
    problem: {
      missing: (f) => `Het bestand ${f} bestaat niet.`,
      "not-a-file": (f) => `${f} is een map, geen bestand.`,
      "not-xlsx": (f) => `${f} is geen Excel-werkmap (.xlsx).`,
      "legacy-xls": (f) =>
        `${f} is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx en probeer opnieuw.`,
      encrypted: (f) =>
        `${f} is met een wachtwoord beveiligd; sla het zonder wachtwoord op en probeer opnieuw.`,
      corrupt: (f) => `${f} is beschadigd of onvolledig en kan niet worden gelezen.`,
      "too-large": (f) => `${f} is groter dan 200 MB; zo'n grote werkmap wordt niet gelezen.`,
      "zip-bomb": (f) => `${f} pakt uit tot meer dan 1 GB; uit voorzorg niet gelezen.`,
    },
    noTables: (f) =>
      `In ${f} staat geen begrotingstabel (geen kolommen als Begroting, Rekening, Verschil gevonden).`,
    empty: (f) => `De werkmap ${f} is leeg.`,
    sameAsInput: (f) => `Het resultaat zou ${f} zelf overschrijven; kies met --out een ander bestand.`,
    jsonSameAsInput: (f) =>
      `Het rapport zou de werkmap ${f} zelf overschrijven; kies met --json een ander bestand.`,
    jsonSameAsOutput: (f) =>
      `Het rapport en het resultaat zouden allebei naar ${f} gaan; kies met --json een ander bestand.`,
    reportNotWritten: (f, r, o) => `Kan ${f} niet schrijven (${r}); het resultaat staat wel in ${o}.`,
    cannotWrite: (f, r) => `Kan ${f} niet schrijven (${r}); er is niets weggeschreven.`,
    needsXlsm: (f) =>
      `${f} bevat macro's, en het resultaat houdt ze: kies met --out een naam op .xlsm, anders opent Excel het niet.`,
    needsXlsx: (f) =>
      `${f} bevat geen macro's: kies met --out een naam op .xlsx, anders opent Excel het resultaat niet.`,
    badOption: (d) => `Ongeldige optie: ${d}`,
    title: (f) => `Stoplicht: ${f}`,
    tables: (n, k) => `${n} ${n === 1 ? "tabel" : "tabellen"} gevonden (${k})`,
    kinds: { summary: "overzicht", detail: "detail", explanation: "toelichting" },
    counts: (e, w, i, a) =>
      `Bevindingen: ${e} ${e === 1 ? "fout" : "fouten"}, ${w} ${w === 1 ? "waarschuwing" : "waarschuwingen"}, ${i} info${a ? `, ${a} geaccepteerd` : ""}`,
    top: "Belangrijkste bevindingen:",
    more: (n) => `  … en nog ${n} (zie het Controlerapport of --json)`,
    written: (f) => `Resultaat geschreven naar ${f}`,
    json: (f) => `Rapport (JSON) geschreven naar ${f}`,
    noWrite: "Niets geschreven (--no-write).",
    severity: { error: "FOUT", warning: "WAARSCHUWING", info: "INFO" },
    stages: ["lezen", "controleren", "schrijven"],
    outputs: (p) =>
      `Output ${p.programme === null ? "zonder programma" : `programma ${p.programme}`}: ${p.outputs} (${p.green} groen, ${p.orange} oranje, ${p.red} rood${p.unread ? `, ${p.unread} zonder kleur` : ""})`,
    overspends: (n, level, total, tolerance, over) =>
      n === 0
        ? "Overschrijdingen: geen"
        : `Overschrijdingen: ${n} ${level === "programme" ? (n === 1 ? "programma" : "programma's") : n === 1 ? "regel" : "regels"}, niet gedekt ${total}; ${
            tolerance === null
              ? "verantwoordingsgrens onbekend"
              : `verantwoordingsgrens ${tolerance}${over ? ", overschreden" : ""}`
          }`,
    contribution: (n, refund, sheet) =>
      `Bijdrage per provincie: ${n} provincies (${sheet}), restitutie ${refund}`,
    contributionProblem: (sheet) =>
      `Bijdrage per provincie: niet te berekenen (${sheet}); zie het Controlerapport`,
  },
  en: {
    problem: {
      missing: (f) => `The file ${f} does not exist.`,
      "not-a-file": (f) => `${f} is a folder, not a file.`,
      "not-xlsx": (f) => `${f} is not an Excel workbook (.xlsx).`,
      "legacy-xls": (f) => `${f} is an old Excel file (.xls); save it as .xlsx in Excel and try again.`,
      encrypted: (f) => `${f} is password-protected; save it without a password and try again.`,
      corrupt: (f) => `${f} is damaged or incomplete and cannot be read.`,
      "too-large": (f) => `${f} is larger than 200 MB; a workbook that large is not read.`,
      "zip-bomb": (f) => `${f} unpacks to more than 1 GB; not read as a precaution.`,
    },
    noTables: (f) => `${f} holds no budget table (no columns such as Budget, Actual, Variance found).`,
    empty: (f) => `The workbook ${f} is empty.`,
    sameAsInput: (f) => `The result would overwrite ${f} itself; choose another file with --out.`,
    jsonSameAsInput: (f) =>
      `The report would overwrite the workbook ${f} itself; choose another file with --json.`,
    jsonSameAsOutput: (f) =>
      `The report and the result would both go to ${f}; choose another file with --json.`,
    reportNotWritten: (f, r, o) => `Cannot write ${f} (${r}); the result was written to ${o}.`,
    cannotWrite: (f, r) => `Cannot write ${f} (${r}); nothing was written.`,
    needsXlsm: (f) =>
      `${f} holds macros, and the result keeps them: choose a name ending in .xlsm with --out, or Excel will not open it.`,
    needsXlsx: (f) =>
      `${f} holds no macros: choose a name ending in .xlsx with --out, or Excel will not open the result.`,
    badOption: (d) => `Invalid option: ${d}`,
    title: (f) => `Stoplicht: ${f}`,
    tables: (n, k) => `${n} ${n === 1 ? "table" : "tables"} found (${k})`,
    kinds: { summary: "summary", detail: "detail", explanation: "explanation" },
    counts: (e, w, i, a) =>
      `Findings: ${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} info${a ? `, ${a} accepted` : ""}`,
    top: "Top findings:",
    more: (n) => `  … and ${n} more (see the Findings sheet or --json)`,
    written: (f) => `Result written to ${f}`,
    json: (f) => `Report (JSON) written to ${f}`,
    noWrite: "Nothing written (--no-write).",
    severity: { error: "ERROR", warning: "WARNING", info: "INFO" },
    stages: ["reading", "checking", "writing"],
    outputs: (p) =>
      `Outputs ${p.programme === null ? "without a programme" : `programme ${p.programme}`}: ${p.outputs} (${p.green} green, ${p.orange} orange, ${p.red} red${p.unread ? `, ${p.unread} without colour` : ""})`,
    overspends: (n, level, total, tolerance, over) =>
      n === 0
        ? "Overspends: none"
        : `Overspends: ${n} ${level === "programme" ? (n === 1 ? "programme" : "programmes") : n === 1 ? "line" : "lines"}, not covered ${total}; ${
            tolerance === null ? "tolerance unknown" : `tolerance ${tolerance}${over ? ", exceeded" : ""}`
          }`,
    contribution: (n, refund, sheet) =>
      `Contribution per province: ${n} provinces (${sheet}), refund ${refund}`,
    contributionProblem: (sheet) =>
      `Contribution per province: cannot be worked out (${sheet}); see the Findings`,
  },
};
