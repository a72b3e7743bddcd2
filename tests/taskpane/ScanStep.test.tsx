/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ScanStep, TABLES_PAGE, type ScanStepProps } from "../../src/taskpane/components/ScanStep";
import { gridOf, gridsOf } from "../builders";
import { twoBudgets } from "../fixtures/families";
import { seedWorkbook } from "../fixtures/seed";
import { checked, en, nl, renderWithFluent } from "./renderWithFluent";

const seedResult = checked(gridsOf(seedWorkbook()));

/** Opens a table's line to correct its columns; returns the line. */
async function openTable(name: string, strings = nl): Promise<HTMLElement> {
  const line = screen.getByRole("listitem", { name });
  await userEvent.click(within(line).getByRole("button", { name: `${strings.correctColumns}: ${name}` }));
  return line;
}

function props(overrides: Partial<ScanStepProps> = {}): ScanStepProps {
  return {
    strings: nl,
    result: seedResult,
    overrides: [],
    pending: false,
    busy: false,
    onScan: jest.fn(),
    onCheck: jest.fn(),
    onKindChange: jest.fn(),
    onRoleChange: jest.fn(),
    ...overrides,
  };
}

describe("ScanStep", () => {
  it("invites a scan before the workbook was read", async () => {
    const p = props({ result: null });
    renderWithFluent(<ScanStep {...p} />);
    expect(screen.getByText(nl.scanEmpty)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: nl.checkButton })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: nl.scanButton }));
    expect(p.onScan).toHaveBeenCalled();
  });

  it("says what to look for when no table was found", () => {
    renderWithFluent(
      <ScanStep {...props({ result: checked([{ sheet: "Leeg", topLeft: "A1", values: [["hallo"]] }]) })} />,
    );
    expect(screen.getByText(nl.scanNoTables)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: nl.checkButton })).not.toBeInTheDocument();
  });

  it("summarises each table of the sample on one line: name, kind, rows, relations confirmed; no dropdowns until opened", async () => {
    renderWithFluent(<ScanStep {...props()} />);
    expect(
      screen.getByRole("heading", { name: nl.tablesFound(seedResult.tables.length) }),
    ).toBeInTheDocument();
    const lines = screen.getAllByRole("listitem");
    expect(lines).toHaveLength(12);
    expect(screen.queryAllByRole("combobox")).toEqual([]);
    const [summary, explanation, programme1] = lines.map((li) => li.firstElementChild!.textContent);
    expect([summary, explanation, programme1]).toEqual([
      "Rekeningresultaat 2024Overzicht · 11 regels met bedragenBevestigd: totaal = som; verschil = begroting na wijziging − rekening",
      // Its total adds up its lines; its variances are rounded and cover part of the costs, so nothing more.
      "Programmalasten: bedragen > € 50.000 zijn voorzien van een korte toelichting.Toelichtingstabel · 11 regels met bedragenBevestigd: totaal = som",
      "1 Ruimte en LeefomgevingDetailtabel · 9 regels met bedragenBevestigd: totaal = som; verschil = begroting na wijziging − rekening",
    ]);
    // Opened, a table shows its kind and a dropdown per column, and where it stands.
    const opened = await openTable("Rekeningresultaat 2024");
    expect(within(opened).getByRole("combobox", { name: nl.tableKind })).toHaveValue("summary");
    expect(within(opened).getAllByRole("combobox")).toHaveLength(7);
    expect(within(opened).getByText("Overzicht!A3:F15")).toBeInTheDocument();
    expect(screen.getAllByRole("combobox")).toHaveLength(7);
    expect(
      within(opened).getByRole("button", { name: `${nl.correctColumns}: Rekeningresultaat 2024` }),
    ).toHaveAttribute("aria-expanded", "true");
    const explanationLine = await openTable(
      "Programmalasten: bedragen > € 50.000 zijn voorzien van een korte toelichting.",
    );
    expect(within(explanationLine).getByRole("combobox", { name: nl.tableKind })).toHaveValue("explanation");
  });

  it("shows the detected role of each column, labelled with its letter and header", async () => {
    renderWithFluent(<ScanStep {...props()} />);
    const summary = await openTable("Rekeningresultaat 2024");
    expect(within(summary).getByRole("combobox", { name: nl.columnRole("E", "Rekening 2024") })).toHaveValue(
      "actual",
    );
    expect(within(summary).getByRole("combobox", { name: nl.columnRole("F", "Verschil") })).toHaveValue(
      "variance",
    );
  });

  it("reports a corrected column role and table kind", async () => {
    const p = props();
    renderWithFluent(<ScanStep {...p} />);
    const summary = await openTable("Rekeningresultaat 2024");
    await userEvent.selectOptions(
      within(summary).getByRole("combobox", { name: nl.columnRole("B", "Rekening 2023") }),
      "ignore",
    );
    expect(p.onRoleChange).toHaveBeenCalledWith(seedResult.tables[0], "B", "ignore");
    await userEvent.selectOptions(within(summary).getByRole("combobox", { name: nl.tableKind }), "detail");
    expect(p.onKindChange).toHaveBeenCalledWith(seedResult.tables[0], "detail");
  });

  it("shows the user's override rather than the detected role, and that it applies at the next check", async () => {
    const overrides = [
      { sheet: "Overzicht", anchor: "A3", kind: "detail" as const, columns: { B: "ignore" as const } },
    ];
    renderWithFluent(<ScanStep {...props({ overrides, pending: true })} />);
    expect(screen.getByRole("listitem", { name: "Rekeningresultaat 2024" })).toHaveTextContent(
      /^Rekeningresultaat 2024Detailtabel · /,
    );
    const summary = await openTable("Rekeningresultaat 2024");
    expect(within(summary).getByRole("combobox", { name: nl.tableKind })).toHaveValue("detail");
    expect(within(summary).getByRole("combobox", { name: nl.columnRole("B", "Rekening 2023") })).toHaveValue(
      "ignore",
    );
    expect(screen.getByText(nl.overridesPending)).toBeInTheDocument();
  });

  it("shows many tables page by page, so the pane stays responsive", async () => {
    const seed = seedWorkbook();
    const programmes = seed.find((sheet) => sheet.name === "Programma's")!;
    const copies = Array.from({ length: 5 }, (_, i) => ({ ...programmes, name: `Programma's ${i + 2}` }));
    const result = checked(gridsOf([...seed, ...copies]));
    expect(result.tables.length).toBe(62);
    renderWithFluent(<ScanStep {...props({ result })} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(TABLES_PAGE);
    await userEvent.click(screen.getByRole("button", { name: nl.showMore(62 - TABLES_PAGE) }));
    expect(screen.getAllByRole("listitem")).toHaveLength(62);
  });

  it("disables its controls while the pane is busy", async () => {
    renderWithFluent(<ScanStep {...props({ busy: true })} />);
    expect(screen.getByRole("button", { name: nl.rescanButton })).toBeDisabled();
    expect(screen.getByRole("button", { name: nl.checkButton })).toBeDisabled();
    // Opening a table changes nothing: it stays possible, its dropdowns do not.
    await openTable("Rekeningresultaat 2024");
    expect(screen.getAllByRole("combobox")[0]).toBeDisabled();
  });

  it("shows each table's relations between columns: those confirmed are checked, the others said not to be", async () => {
    const spec = twoBudgets("V", [3, 2]);
    const result = checked([gridOf(spec)]);
    renderWithFluent(<ScanStep {...props({ result })} />);
    const name = result.overview.tables[0].name;
    // Budget, variance and saldo each stand as lasten, baten and saldo: told apart by kind.
    expect(screen.getByRole("listitem", { name }).firstElementChild!.textContent).toBe(
      "Verklaring verschillenDetailtabel · 7 regels met bedragenBevestigd: totaal = som; " +
        "begroting na wijziging saldo = begroting na wijziging baten − begroting na wijziging lasten; " +
        "begroting (ander jaar) saldo = begroting (ander jaar) baten − begroting (ander jaar) lasten; " +
        "verschil lasten = begroting na wijziging lasten − begroting (ander jaar) lasten; " +
        "verschil baten = begroting (ander jaar) baten − begroting na wijziging baten; " +
        "verschil saldo = begroting (ander jaar) saldo − begroting na wijziging saldo; " +
        "verschil saldo = verschil lasten + verschil baten",
    );
    const table = await openTable(name);
    expect(within(table).getByText(nl.relationsLegend)).toBeInTheDocument();
    expect(
      within(table).getByText(`Saldo: D = C − B — ${nl.relationConfirmed(7, 7)}`, { exact: false }),
    ).toBeInTheDocument();
    expect(
      within(table).getByText(`Verschil: J = G − D — ${nl.relationConfirmed(7, 7)}`, { exact: false }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole("combobox", { name: nl.columnRole("F", "Begroting 2017 Baten") }),
    ).toHaveValue("budget");
  });

  it("says which columns of figures it could not read, and which 'totals' add up to nothing", async () => {
    const rows = [
      ["Receipts", "Budget", "Actual", null],
      ["Taxes", 100, 110, 7],
      ["Grants", 50, 45, 3],
      ["Total other receipts", 30, 35, 1],
      ["Total receipts", 180, 190, 11],
    ];
    renderWithFluent(<ScanStep {...props({ result: checked([gridOf({ name: "S", rows })]) })} />);
    expect(screen.getByText(nl.unreadColumns("D"))).toBeInTheDocument();
    expect(screen.getByText(nl.unconfirmedTotals("S!A4"))).toBeInTheDocument();
    await openTable("S");
    expect(screen.getByRole("combobox", { name: nl.columnRole("D", "") })).toHaveValue("unknown");
    expect(screen.getByText(nl.noRelations)).toBeInTheDocument();
  });

  it("speaks English when asked", async () => {
    renderWithFluent(<ScanStep {...props({ strings: en })} />);
    expect(screen.getByRole("button", { name: en.rescanButton })).toBeInTheDocument();
    await openTable("Rekeningresultaat 2024", en);
    expect(screen.getAllByRole("combobox", { name: en.tableKind })[0]).toHaveDisplayValue(en.kind.summary);
  });
});
