/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckStep, PAGE_SIZE, type CheckStepProps } from "../../src/taskpane/components/CheckStep";
import { OVERVIEW_PAGE } from "../../src/taskpane/components/Overview";
import { gridsOf, rowOfLabel, withCell } from "../builders";
import { seedWorkbook, summarySheet } from "../fixtures/seed";
import { seedWithSkippedRow } from "../fixtures/variants";
import type { PaneResult } from "../../src/taskpane/engine";
import { checked, en, nl, renderWithFluent } from "./renderWithFluent";

/** The seed with a wrong grand total of Rekening 2024: one error among the warnings and infos. */
function brokenSeed(
  accepted: { rule: string; sheet: string; cell: string; reason: string }[] = [],
): PaneResult {
  const summary = summarySheet();
  const broken = withCell(summary, rowOfLabel(summary, "Totaal"), 4, 27852999);
  const [, ...rest] = seedWorkbook();
  return checked(gridsOf([broken, ...rest]), { accepted });
}

function props(overrides: Partial<CheckStepProps> = {}): CheckStepProps {
  return {
    strings: nl,
    result: brokenSeed(),
    checked: true,
    busy: false,
    onCheck: jest.fn(),
    onSelect: jest.fn(),
    onSelectCell: jest.fn(),
    onAccept: jest.fn(),
    onUnaccept: jest.fn(),
    ...overrides,
  };
}

/** The findings shown: list items outside the summary of the annual report (its overspends are a list too). */
function findingItems(): HTMLElement[] {
  const annual = screen.getByRole("region", { name: nl.annualLabel });
  return screen.getAllByRole("listitem").filter((li) => !annual.contains(li));
}

function group(name: RegExp | string) {
  return screen.getByRole("region", { name });
}

describe("CheckStep", () => {
  it("asks for a check before there are findings", async () => {
    const p = props({ checked: false });
    renderWithFluent(<CheckStep {...p} />);
    expect(screen.getByText(nl.checkEmpty)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    expect(p.onCheck).toHaveBeenCalled();
  });

  it("says so when the workbook has no findings", () => {
    renderWithFluent(<CheckStep {...props({ result: checked([]) })} />);
    expect(screen.getByText(nl.noFindings)).toBeInTheDocument();
    expect(screen.getByText(nl.countErrors(0))).toBeInTheDocument();
  });

  it("counts the open findings per severity", () => {
    const result = brokenSeed();
    renderWithFluent(<CheckStep {...props({ result })} />);
    const summary = screen.getByRole("region", { name: nl.summaryLabel });
    expect(within(summary).getByText(nl.countErrors(result.summary.errors))).toBeInTheDocument();
    expect(within(summary).getByText(nl.countWarnings(result.summary.warnings))).toBeInTheDocument();
    expect(within(summary).getByText(nl.countInfos(result.summary.infos))).toBeInTheDocument();
    expect(within(summary).getByText(nl.countAccepted(0))).toBeInTheDocument();
    expect(result.summary.errors).toBeGreaterThan(0);
  });

  it("groups the findings by severity, errors first", () => {
    const result = brokenSeed();
    renderWithFluent(<CheckStep {...props({ result })} />);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      // The verdict leads (issue 17), then the groups.
      result.verdict,
      nl.groupHeading(nl.severity.error, result.summary.errors),
      nl.groupHeading(nl.severity.warning, result.summary.warnings),
      nl.groupHeading(nl.severity.info, result.summary.infos),
    ]);
    const error = result.findings.find((f) => f.severity === "error")!;
    // As written: the default normaliser would turn the no-break space after € into a plain one.
    const asWritten = { normalizer: (text: string) => text };
    expect(
      within(group(new RegExp(nl.severity.error))).getByText(error.message, asWritten),
    ).toBeInTheDocument();
  });

  it("filters by sheet and by rule, and says when a filter leaves nothing", async () => {
    const result = brokenSeed();
    renderWithFluent(<CheckStep {...props({ result })} />);
    const count = (sheet: string, rule: string) =>
      result.findings.filter((f) => (!sheet || f.sheet === sheet) && (!rule || f.rule === rule)).length;
    await userEvent.selectOptions(screen.getByRole("combobox", { name: nl.filterSheet }), "Overzicht");
    expect(findingItems()).toHaveLength(count("Overzicht", ""));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: nl.filterSheet }), "");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: nl.filterRule }), "total.mismatch");
    expect(findingItems()).toHaveLength(count("", "total.mismatch"));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: nl.filterSheet }), "Programma's");
    expect(count("Programma's", "total.mismatch")).toBe(0);
    expect(screen.getByText(nl.filteredEmpty)).toBeInTheDocument();
  });

  it("selects a finding's cell on one click", async () => {
    const result = brokenSeed();
    const p = props({ result });
    renderWithFluent(<CheckStep {...p} />);
    const error = result.findings.find((f) => f.severity === "error")!;
    await userEvent.click(screen.getByRole("button", { name: new RegExp(escape(error.message)) }));
    expect(p.onSelect).toHaveBeenCalledWith(error);
  });

  it("accepts a finding only with a reason", async () => {
    const result = brokenSeed();
    const p = props({ result });
    renderWithFluent(<CheckStep {...p} />);
    const error = result.findings.find((f) => f.severity === "error")!;
    await userEvent.click(screen.getByRole("button", { name: `${nl.accept}: ${error.sheet}!${error.cell}` }));
    const reason = screen.getByRole("textbox", { name: new RegExp(nl.acceptReason) });
    expect(reason).toHaveFocus();
    await userEvent.click(screen.getByRole("button", { name: nl.acceptSave }));
    expect(screen.getByText(nl.acceptReasonRequired)).toBeInTheDocument();
    expect(p.onAccept).not.toHaveBeenCalled();
    await userEvent.type(reason, "Afgesproken met de accountant");
    await userEvent.click(screen.getByRole("button", { name: nl.acceptSave }));
    expect(p.onAccept).toHaveBeenCalledWith(error, "Afgesproken met de accountant");
  });

  it("cancels accepting without a call, focus back on Accepteren", async () => {
    const p = props();
    renderWithFluent(<CheckStep {...p} />);
    const accept = screen.getAllByRole("button", { name: new RegExp(`^${nl.accept}:`) })[0];
    await userEvent.click(accept);
    await userEvent.click(screen.getByRole("button", { name: nl.cancel }));
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(p.onAccept).not.toHaveBeenCalled();
    // The form is gone, and focus with it: it goes back to Accepteren, drawn again in its place.
    expect(screen.getByRole("button", { name: accept.getAttribute("aria-label")! })).toHaveFocus();
  });

  it("shows an accepted finding apart, with its reason, not counted as open, and can withdraw it", async () => {
    const first = brokenSeed();
    const error = first.findings.find((f) => f.severity === "error")!;
    const result = brokenSeed([
      { rule: error.rule, sheet: error.sheet, cell: error.cell, reason: "Bekend verschil" },
    ]);
    const p = props({ result });
    renderWithFluent(<CheckStep {...p} />);
    expect(screen.getByText(nl.countErrors(first.summary.errors - 1))).toBeInTheDocument();
    expect(screen.getByText(nl.countAccepted(1))).toBeInTheDocument();
    const accepted = group(new RegExp(nl.acceptedGroup));
    expect(within(accepted).getByText(nl.acceptedReason("Bekend verschil"))).toBeInTheDocument();
    await userEvent.click(within(accepted).getByRole("button", { name: nl.unaccept }));
    expect(p.onUnaccept).toHaveBeenCalledWith(
      expect.objectContaining({ rule: error.rule, cell: error.cell }),
    );
  });

  it("shows a long list page by page", async () => {
    const result = brokenSeed();
    const many = {
      ...result,
      findings: Array.from({ length: PAGE_SIZE + 7 }, (_, i) => ({
        ...result.findings[0],
        cell: `A${i + 1}`,
      })),
    };
    renderWithFluent(<CheckStep {...props({ result: many })} />);
    expect(findingItems()).toHaveLength(PAGE_SIZE);
    await userEvent.click(screen.getByRole("button", { name: nl.showMore(7) }));
    expect(findingItems()).toHaveLength(PAGE_SIZE + 7);
  });

  it("renders workbook text as text, never as markup", () => {
    const result = brokenSeed();
    const hostile = {
      ...result,
      findings: [{ ...result.findings[0], message: '<img src=x onerror="alert(1)">Code 1' }],
    };
    const { container } = renderWithFluent(<CheckStep {...props({ result: hostile })} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeInTheDocument();
  });

  it("speaks English when asked", () => {
    renderWithFluent(<CheckStep {...props({ strings: en })} />);
    expect(screen.getByRole("combobox", { name: en.filterRule })).toHaveDisplayValue(en.filterAll);
  });

  it("leads with the verdict, a heading the pane can focus", () => {
    const result = checked(gridsOf(seedWorkbook()));
    renderWithFluent(<CheckStep {...props({ result })} />);
    const verdict = screen.getAllByRole("heading", { level: 2 })[0];
    expect(verdict.textContent).toBe(
      "Geen fouten. 9 verschillen boven €\u00a050.000 zonder toelichting. 5 andere waarschuwingen.",
    );
    expect(verdict).toHaveAttribute("tabindex", "-1");
  });

  it("shows per programme and per table its name, its light in words and its variance", async () => {
    const p = props({ result: checked(gridsOf(seedWithSkippedRow())) });
    renderWithFluent(<CheckStep {...p} />);
    const rowsOf = (name: string) =>
      within(screen.getByRole("table", { name }))
        .getAllByRole("row")
        .map((r) =>
          within(r)
            .queryAllByRole("cell")
            .map((c) => c.textContent),
        );
    const programmes = rowsOf(nl.overviewProgrammes);
    expect(programmes).toHaveLength(11);
    expect(programmes[1]).toEqual([
      "1 Ruimte en LeefomgevingSOM-bereik klopt niet, Naam wijkt af en 1 meer",
      "Rood",
      "€\u00a0-10.276",
    ]);
    expect(programmes[4]).toEqual(["4 Klimaat en EnergieIn orde", "Groen", "€\u00a0-46.660"]);
    const tables = rowsOf(nl.overviewTables);
    expect(tables.slice(1, 4)).toEqual([
      ["Rekeningresultaat 2024Naam wijkt af", "Oranje", "€\u00a0694.404"],
      ["Programmalasten: bedragen > € 50.000 zijn voorzien van een korte toelichting.In orde", "Groen", "–"],
      ["1 Ruimte en LeefomgevingSOM-bereik klopt niet, 2 × Toelichting ontbreekt", "Rood", "€\u00a0537.568"],
    ]);
    // A name goes to where the programme stands.
    await userEvent.click(screen.getAllByRole("button", { name: "7 Digitalisering" })[0]);
    expect(p.onSelectCell).toHaveBeenCalledWith("Overzicht", "A11");
  });

  it("shows a SUM that skips a row as one mistake: the root first, its three consequences under it, each row named", () => {
    renderWithFluent(<CheckStep {...props({ result: checked(gridsOf(seedWithSkippedRow())) })} />);
    const errors = group(nl.groupHeading(nl.severity.error, 4));
    const list = within(errors).getAllByRole("list")[0];
    const mistakes = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(mistakes).toHaveLength(1);
    const [root] = mistakes;
    expect(within(root).getAllByRole("button")[0]).toHaveTextContent(
      /^Totaal 1\. Ruimte en Leefomgeving · Rekening 2024Programma's!E14 · SOM-bereik klopt niet/,
    );
    const consequences = within(root).getByRole("list", { name: nl.consequences(3) });
    const items = within(consequences).getAllByRole("listitem");
    expect(items.map((li) => within(li).getAllByRole("button")[0].textContent)).toEqual([
      expect.stringMatching(
        /^1\. Ruimte en Leefbaarheid · Rekening 2024Overzicht!E5 · Wijkt af van andere tabel/,
      ),
      expect.stringMatching(
        /^Totaal 1\. Ruimte en Leefomgeving · Rekening 2024Programma's!E14 · Totaal klopt niet/,
      ),
      expect.stringMatching(
        /^Totaal 1\. Ruimte en Leefomgeving · VerschilProgramma's!F14 · Verschil klopt niet/,
      ),
    ]);
  });

  it("shows the overview of a workbook of many tables page by page", async () => {
    const seed = seedWorkbook();
    const programmes = seed.find((sheet) => sheet.name === "Programma's")!;
    const copies = Array.from({ length: 5 }, (_, i) => ({ ...programmes, name: `Programma's ${i + 2}` }));
    renderWithFluent(<CheckStep {...props({ result: checked(gridsOf([...seed, ...copies])) })} />);
    const table = () => screen.getByRole("table", { name: nl.overviewTables });
    // 62 tables: a header row and the first 50.
    expect(within(table()).getAllByRole("row")).toHaveLength(1 + OVERVIEW_PAGE);
    await userEvent.click(screen.getByRole("button", { name: nl.showMore(62 - OVERVIEW_PAGE) }));
    expect(within(table()).getAllByRole("row")).toHaveLength(1 + 62);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
