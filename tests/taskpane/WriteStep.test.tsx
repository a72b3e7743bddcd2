/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RemovalPlan } from "../../src/domain";
import { WriteStep, type WriteStepProps } from "../../src/taskpane/components/WriteStep";
import { en, nl, renderWithFluent } from "./renderWithFluent";

function props(overrides: Partial<WriteStepProps> = {}): WriteStepProps {
  return {
    strings: nl,
    canWrite: true,
    busy: false,
    outcome: null,
    removal: null,
    onWrite: jest.fn(),
    onRemove: jest.fn(),
    onConfirmRemove: jest.fn(),
    onCancelRemove: jest.fn(),
    onOpenSheet: jest.fn(),
    ...overrides,
  };
}

const removal: RemovalPlan = {
  regions: [{ sheet: "Overzicht", range: "G3:J15", clear: ["G3:J15"], resetWidths: [] }],
  sheets: ["Controlerapport", "Verschillenanalyse"],
  kept: [{ sheet: "Programma's", range: "G1:J14" }],
  recordSheet: "_stoplicht",
};

describe("WriteStep", () => {
  it("cannot write before a check, but can always remove earlier results", async () => {
    const p = props({ canWrite: false });
    renderWithFluent(<WriteStep {...p} />);
    expect(screen.getByText(nl.writeEmpty)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: nl.writeButton })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: nl.removeButton }));
    expect(p.onRemove).toHaveBeenCalled();
  });

  it("writes on request", async () => {
    const p = props();
    renderWithFluent(<WriteStep {...p} />);
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    expect(p.onWrite).toHaveBeenCalled();
  });

  it("offers to open the Controlerapport after writing, not a list of ranges", async () => {
    const p = props({ outcome: { action: "write", report: "Controlerapport" } });
    renderWithFluent(<WriteStep {...p} />);
    expect(screen.getByText(nl.writeDone)).toBeInTheDocument();
    expect(screen.queryByRole("listitem")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Open Controlerapport" }));
    expect(p.onOpenSheet).toHaveBeenCalledWith("Controlerapport");
  });

  it("names the report in English as the English write named it", () => {
    renderWithFluent(
      <WriteStep {...props({ outcome: { action: "write", report: "Findings" } })} strings={en} />,
    );
    expect(screen.getByRole("button", { name: "Open Findings" })).toBeInTheDocument();
  });

  it("lists what was removed, or that there was nothing", () => {
    const { rerender } = renderWithFluent(
      <WriteStep
        {...props({ outcome: { action: "remove", places: [{ kind: "sheet", sheet: "Findings" }] } })}
        strings={en}
      />,
    );
    expect(screen.getByText(en.removeDone)).toBeInTheDocument();
    expect(screen.getByText(en.reportSheet("Findings"))).toBeInTheDocument();
    rerender(<WriteStep {...props({ outcome: { action: "remove", places: [] } })} />);
    expect(screen.getByText(nl.removeNothing)).toBeInTheDocument();
  });

  it("asks before removing, saying what goes and what stays; Annuleren removes nothing", async () => {
    const p = props({ removal });
    renderWithFluent(<WriteStep {...p} />);
    const dialog = screen.getByRole("alertdialog", { name: nl.removeConfirmTitle });
    expect(
      within(dialog)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      nl.reportColumns("Overzicht", "G3:J15"),
      nl.reportSheet("Controlerapport"),
      nl.reportSheet("Verschillenanalyse"),
      nl.removeConfirmRecord,
    ]);
    expect(dialog).toHaveTextContent(nl.removeConfirmKept(nl.reportColumns("Programma's", "G1:J14")));
    expect(dialog).toHaveTextContent(nl.removeConfirmInputs);
    await userEvent.click(within(dialog).getByRole("button", { name: nl.cancel }));
    expect(p.onCancelRemove).toHaveBeenCalled();
    expect(p.onConfirmRemove).not.toHaveBeenCalled();
  });

  it("removes when confirmed", async () => {
    const p = props({ removal });
    renderWithFluent(<WriteStep {...p} />);
    await userEvent.click(screen.getByRole("button", { name: nl.removeConfirm }));
    expect(p.onConfirmRemove).toHaveBeenCalled();
  });

  it("disables both buttons while busy", () => {
    renderWithFluent(<WriteStep {...props({ busy: true })} />);
    expect(screen.getByRole("button", { name: nl.writeButton })).toBeDisabled();
    expect(screen.getByRole("button", { name: nl.removeButton })).toBeDisabled();
  });
});
