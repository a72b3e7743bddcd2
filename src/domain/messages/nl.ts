import type { Catalogue } from "./catalogue";

/** Dutch: the default language of Stoplicht's users. */
export const nl: Catalogue = {
  "total.mismatch": (p) =>
    `Totaal ${p.column} klopt niet: verwacht ${p.expected}, staat er ${p.actual} (verschil ${p.difference}).`,
  "total.rounding": (p) =>
    `Afrondingsverschil in totaal ${p.column}: ${p.difference} (toegestaan ±${p.bound}).`,
  "total.missing-amount": (p) => `Totaal ${p.column} is leeg; de regels tellen op tot ${p.expected}.`,
  "variance.mismatch": (p) =>
    `Verschil klopt niet: ${p.formula} = ${p.expected}, staat er ${p.actual} (verschil ${p.difference}).`,
  "variance.rounding": (p) =>
    `Afrondingsverschil in het verschil: ${p.difference} (${p.formula} = ${p.expected}).`,
  "crosscheck.mismatch": (p) =>
    `Code ${p.code} heeft in ${p.column} ${p.actual} hier en ${p.expected} in ${p.other} (verschil ${p.difference}).`,
  "crosscheck.rounding": (p) =>
    `Afrondingsverschil van ${p.difference} in ${p.column} tussen code ${p.code} hier en ${p.other}.`,
  "crosscheck.mismatch.name": (p) =>
    `"${p.name}" heeft in ${p.column} ${p.actual} hier en ${p.expected} in ${p.other} (verschil ${p.difference}).`,
  "crosscheck.rounding.name": (p) =>
    `Afrondingsverschil van ${p.difference} in ${p.column} tussen "${p.name}" hier en ${p.other}.`,
  "crosscheck.missing": (p) => `Code ${p.code} staat in het overzicht maar heeft geen eigen detailtabel.`,
  "crosscheck.missing-summary": (p) =>
    `Programma ${p.code} heeft een detailtabel maar staat niet in het overzicht.`,
  "relation.mismatch": (p) =>
    `${p.what} klopt niet: ${p.formula} = ${p.expected}, staat er ${p.actual} (verschil ${p.difference}).`,
  "relation.rounding": (p) =>
    `Afrondingsverschil in ${p.what}: ${p.difference} (${p.formula} = ${p.expected}).`,
  "relation.mismatch.percent": (p) =>
    `${p.what} klopt niet: ${p.formula} = ${p.expected}, staat er ${p.actual}.`,
  "relation.rounding.percent": (p) => `Afrondingsverschil in ${p.what}: ${p.formula} = ${p.expected}.`,
  "variance.mismatch.percent": (p) =>
    `Verschil klopt niet: ${p.formula} = ${p.expected}, staat er ${p.actual}.`,
  "variance.rounding.percent": (p) => `Afrondingsverschil in het verschil: ${p.formula} = ${p.expected}.`,
  "relation.variance": () => "Verschil",
  "relation.saldo": () => "Saldo",
  "relation.amended": () => "Begroting na wijziging",
  "relation.percent": () => "Percentage",
  "structure.name-mismatch": (p) => `Code ${p.code} heet hier "${p.name}", elders "${p.canonical}".${p.hint}`,
  "structure.name-mismatch-reference": (p) =>
    `Code ${p.code} heet hier "${p.name}", in de programmastructuur "${p.canonical}".${p.hint}`,
  "structure.name-belongs-to": (p) => ` Die naam hoort in de programmastructuur bij ${p.code}.`,
  "structure.duplicate-code": (p) => `Code ${p.code} staat twee keer in deze tabel (ook in ${p.other}).`,
  "structure.orphan": (p) => `Code ${p.code} staat zonder bovenliggend onderdeel ${p.parent} in deze tabel.`,
  "structure.gap": (p) => `Nummering springt van ${p.previous} naar ${p.code}: ${p.missing} ontbreekt.`,
  "structure.unlabelled-total": (p) =>
    `Totaalregel zonder omschrijving; gelezen als totaal${p.code ? ` van ${p.code}` : ""}.`,
  "structure.missing": (p) => `${p.code} ${p.name} uit de programmastructuur ontbreekt in deze tabel.`,
  "structure.unknown": (p) => `Code ${p.code} staat niet in de programmastructuur.`,
  "note.missing": (p) => `Verschil van ${p.variance} is groter dan ${p.threshold} en heeft geen toelichting.`,
  "value.text-number": (p) => `Bedrag staat als tekst ("${p.text}"); gelezen als ${p.amount}.`,
  "value.invalid": (p) => `Geen bedrag: ${p.reason}.`,
  "value.uncalculated": () =>
    `Formule zonder berekende waarde; open en bewaar het bestand in Excel. Niet als 0 gelezen.`,
  "formula.sum-range": (p) => `De SOM-formule ${p.formula} ${p.problem}.`,
  "formula.sum-range.misses": (p) => `mist ${p.rows}`,
  "formula.sum-range.overshoots": (p) => `telt ook ${p.rows} mee`,
  "formula.hardcoded-total": () => `Totaal is een vast getal, geen formule.`,
  "results.edited": (p) =>
    `${p.what} die Stoplicht eerder schreef is daarna gewijzigd; het blijft staan als uw inhoud en wordt niet meer vervangen of verwijderd.`,
  "results.edited.region": (p) => `Het bereik ${p.range}`,
  "results.edited.sheet": (p) => `Het blad ${p.sheet}`,
  "reason.text": () => "tekst",
  "reason.error": (p) => `foutwaarde ${p.text}`,
  "reason.date": () => "een datum",
  "reason.boolean": () => "een waar/onwaar-waarde",
  "reason.too-large": () => "te groot om tot op de cent te rekenen",
  "column.priorActual": () => "rekening vorig jaar",
  "column.original": () => "primitieve begroting",
  "column.amended": () => "begroting na wijziging",
  "column.actual": () => "rekening",
  "column.amount": () => "bedrag",
  "column.variance": () => "verschil",
  "formula.variance": () => "begroting na wijziging − rekening",
  "formula.variance-reversed": () => "rekening − begroting na wijziging",
  "draft.prefix": () => "[Concept]",
  "draft.underspend": (p) =>
    `Onderbesteding van ${p.amount} (${p.pct} van de begroting na wijziging van ${p.amended}).`,
  "draft.overspend": (p) =>
    `Overschrijding van ${p.amount} (${p.pct} van de begroting na wijziging van ${p.amended}).`,
  "draft.income-higher": (p) =>
    `Hogere baten van ${p.amount} (${p.pct} boven de begroting na wijziging van ${p.amended}).`,
  "draft.income-lower": (p) =>
    `Lagere baten van ${p.amount} (${p.pct} onder de begroting na wijziging van ${p.amended}).`,
  "draft.amendment": (p) => `De begroting is gewijzigd van ${p.original} naar ${p.amended} (${p.change}).`,
  "draft.explain": () => "Oorzaak nog toelichten.",
  "status.ok": () => "OK",
  "status.rounding": (p) => `Afronding ±${p.amount}`,
  "status.error": (p) => `FOUT: ${p.reason}`,
  "status.reason.total": () => "totaal",
  "status.reason.variance": () => "verschil",
  "status.reason.value": () => "geen bedrag",
  "status.reason.crosscheck": () => "wijkt af van andere tabel",
  "status.reason.formula": () => "SOM-bereik",
  "light.green": () => "Groen",
  "light.orange": () => "Oranje",
  "light.red": () => "Rood",
  "favourable.yes": () => "V",
  "favourable.no": () => "N",
  "severity.error": () => "Fout",
  "severity.warning": () => "Waarschuwing",
  "severity.info": () => "Info",
  accepted: (p) => `Geaccepteerd: ${p.reason}`,
  "header.check": () => "Controle",
  "header.variancePct": () => "Verschil %",
  "header.light": () => "Stoplicht",
  "header.draft": () => "Toelichting",
  "sheet.findings": () => "Controlerapport",
  "sheet.variances": () => "Verschillenanalyse",
  "findings.severity": () => "Ernst",
  "findings.rule": () => "Regel",
  "findings.sheet": () => "Blad",
  "findings.cell": () => "Cel",
  "findings.code": () => "Code",
  "findings.expected": () => "Verwacht",
  "findings.actual": () => "Werkelijk",
  "findings.difference": () => "Verschil",
  "findings.message": () => "Melding",
  "findings.status": () => "Status",
  "findings.none": () => "Geen bevindingen.",
  "variances.name": () => "Omschrijving",
  "variances.amended": () => "Begroting na wijziging",
  "variances.actual": () => "Rekening",
  "variances.variance": () => "Verschil",
  "variances.pct": () => "Verschil %",
  "variances.favourable": () => "V/N",
  "variances.light": () => "Stoplicht",
  "variances.note": () => "Toelichting",
  "variances.source": () => "Bron",
  "variances.source.row": () => "tabel",
  "variances.source.explanation": () => "toelichtingstabel",
  "variances.source.draft": () => "concept",
  "variances.none": (p) => `Geen verschillen boven ${p.threshold}.`,
};
