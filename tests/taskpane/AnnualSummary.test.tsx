/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckStep, type CheckStepProps } from "../../src/taskpane/components/CheckStep";
import type { PaneResult } from "../../src/taskpane/engine";
import { gridsOf } from "../builders";
import { annualWorkbook } from "../fixtures/annual";
import { seedWorkbook } from "../fixtures/seed";
import { checked, en, nl, renderWithFluent } from "./renderWithFluent";

function props(result: PaneResult, overrides: Partial<CheckStepProps> = {}): CheckStepProps {
  return {
    strings: nl,
    result,
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

const annual = () => checked(gridsOf(annualWorkbook()));

describe("the check step's summary of the annual report", () => {
  it("counts the green, orange and red outputs per programme in a table a screen reader can read", () => {
    renderWithFluent(<CheckStep {...props(annual())} />);
    const table = screen.getByRole("table", { name: nl.outputsCaption });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) =>
        [...within(r).queryAllByRole("columnheader"), ...within(r).queryAllByRole("cell")].map(
          (c) => c.textContent,
        ),
      );
    expect(rows).toEqual([
      ["Programma", "Groen", "Oranje", "Rood"],
      ["1 Ruimte en Leefbaarheid", "11", "1", "1"],
      ["3 Landelijk Gebied", "6", "1", "3"],
      ["10 Overig", "0", "0", "0"],
    ]);
  });

  it("sums up the overspends against the tolerance, each programme a link to its cell", async () => {
    const p = props(annual());
    renderWithFluent(<CheckStep {...p} />);
    const overspends = screen.getByRole("region", { name: nl.overspendsLabel });
    // Text content is read with its spaces made plain: the no-break space after € too.
    expect(overspends).toHaveTextContent(
      "4 programma's boven de begroting, niet gedekt door hogere baten: € 132.647. Binnen de verantwoordingsgrens van € 278.524,82.",
    );
    expect(overspends).toHaveTextContent("12 regels boven de begroting: zie het blad Overschrijdingen.");
    await userEvent.click(within(overspends).getByRole("button", { name: "3 Landelijk Gebied: € 52.404" }));
    expect(p.onSelectCell).toHaveBeenCalledWith("Overzicht", "E7");
  });

  it("says the result shared out over the provinces", () => {
    renderWithFluent(<CheckStep {...props(annual())} />);
    expect(
      screen.getByText(
        "Bijdrage per provincie: 12 provincies, restitutie € 694.404 (blad Bijdrage per provincie).",
      ),
    ).toBeInTheDocument();
  });

  it("shows no outputs table and no Bijlage 1 where the workbook has neither, and speaks English", () => {
    const result = checked(gridsOf(seedWorkbook()), { language: "en", overspendTolerance: 100000 });
    renderWithFluent(<CheckStep {...props(result, { strings: en })} />);
    expect(screen.queryByRole("table", { name: en.outputsCaption })).not.toBeInTheDocument();
    expect(screen.queryByText(/Contribution per province:/)).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: en.overspendsLabel })).toHaveTextContent(
      "4 programmes over budget, not covered by higher income: €132,647. More than the tolerance of €100,000.",
    );
  });

  it("leaves the findings' level-2 headings as they were: the summary adds none", () => {
    const result = annual();
    renderWithFluent(<CheckStep {...props(result)} />);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    // The verdict leads the check step (issue 17); after it only the findings' groups.
    expect(headings[0]).toBe(result.verdict);
    expect(headings.slice(1).every((h) => /^(Fouten|Waarschuwingen|Info) \(\d+\)$/.test(h ?? ""))).toBe(true);
  });
});
