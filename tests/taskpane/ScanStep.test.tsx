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

  it("lists every table with its sheet, range and kind", () => {
    renderWithFluent(<ScanStep {...props()} />);
    expect(
      screen.getByRole("heading", { name: nl.tablesFound(seedResult.tables.length) }),
    ).toBeInTheDocument();
    const summary = screen.getByRole("listitem", { name: "Overzicht!A3:F15" });
    expect(within(summary).getByRole("combobox", { name: nl.tableKind })).toHaveValue("summary");
    const explanation = screen.getByRole("listitem", { name: "Overzicht!A19:C30" });
    expect(within(explanation).getByRole("combobox", { name: nl.tableKind })).toHaveValue("explanation");
  });

  it("shows the detected role of each column, labelled with its letter and header", () => {
    renderWithFluent(<ScanStep {...props()} />);
    const summary = screen.getByRole("listitem", { name: "Overzicht!A3:F15" });
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
    const summary = screen.getByRole("listitem", { name: "Overzicht!A3:F15" });
    await userEvent.selectOptions(
      within(summary).getByRole("combobox", { name: nl.columnRole("B", "Rekening 2023") }),
      "ignore",
    );
    expect(p.onRoleChange).toHaveBeenCalledWith(seedResult.tables[0], "B", "ignore");
    await userEvent.selectOptions(within(summary).getByRole("combobox", { name: nl.tableKind }), "detail");
    expect(p.onKindChange).toHaveBeenCalledWith(seedResult.tables[0], "detail");
  });

  it("shows the user's override rather than the detected role, and that it applies at the next check", () => {
    const overrides = [
      { sheet: "Overzicht", anchor: "A3", kind: "detail" as const, columns: { B: "ignore" as const } },
    ];
    renderWithFluent(<ScanStep {...props({ overrides, pending: true })} />);
    const summary = screen.getByRole("listitem", { name: "Overzicht!A3:F15" });
    expect(within(summary).getByRole("combobox", { name: nl.tableKind })).toHaveValue("detail");
    expect(within(summary).getByRole("combobox", { name: nl.columnRole("B", "Rekening 2023") })).toHaveValue(
      "ignore",
    );
    expect(screen.getByText(nl.overridesPending)).toBeInTheDocument();
  });

  it("shows many tables page by page, so the pane stays responsive", async () => {
    expect(seedResult.tables.length).toBeGreaterThan(TABLES_PAGE);
    renderWithFluent(<ScanStep {...props()} />);
    expect(screen.getAllByRole("combobox", { name: nl.tableKind })).toHaveLength(TABLES_PAGE);
    await userEvent.click(
      screen.getByRole("button", { name: nl.showMore(seedResult.tables.length - TABLES_PAGE) }),
    );
    expect(screen.getAllByRole("combobox", { name: nl.tableKind })).toHaveLength(seedResult.tables.length);
  });

  it("disables its controls while the pane is busy", () => {
    renderWithFluent(<ScanStep {...props({ busy: true })} />);
    expect(screen.getByRole("button", { name: nl.rescanButton })).toBeDisabled();
    expect(screen.getByRole("button", { name: nl.checkButton })).toBeDisabled();
    expect(screen.getAllByRole("combobox")[0]).toBeDisabled();
  });

  it("shows each table's relations between columns: those confirmed are checked, the others said not to be", () => {
    const spec = twoBudgets("V", [3, 2]);
    renderWithFluent(<ScanStep {...props({ result: checked([gridOf(spec)]) })} />);
    const table = screen.getByRole("listitem", { name: "V!A3:J13" });
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

  it("says which columns of figures it could not read, and which 'totals' add up to nothing", () => {
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
    expect(screen.getByRole("combobox", { name: nl.columnRole("D", "") })).toHaveValue("unknown");
    expect(screen.getByText(nl.noRelations)).toBeInTheDocument();
  });

  it("speaks English when asked", () => {
    renderWithFluent(<ScanStep {...props({ strings: en })} />);
    expect(screen.getByRole("button", { name: en.rescanButton })).toBeInTheDocument();
    expect(screen.getAllByRole("combobox", { name: en.tableKind })[0]).toHaveDisplayValue(en.kind.summary);
  });
});
