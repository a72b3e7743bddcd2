/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WriteStep, type WriteStepProps } from "../../src/taskpane/components/WriteStep";
import { en, nl, renderWithFluent } from "./renderWithFluent";

function props(overrides: Partial<WriteStepProps> = {}): WriteStepProps {
  return {
    strings: nl,
    canWrite: true,
    busy: false,
    outcome: null,
    onWrite: jest.fn(),
    onRemove: jest.fn(),
    ...overrides,
  };
}

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

  it("lists what was written where", () => {
    renderWithFluent(
      <WriteStep
        {...props({
          outcome: {
            action: "write",
            places: [
              { kind: "columns", sheet: "Overzicht", range: "G3:J15", cells: 52 },
              { kind: "sheet", sheet: "Controlerapport", range: "A1:J53", cells: 530 },
            ],
          },
        })}
      />,
    );
    expect(screen.getByText(nl.writeDone)).toBeInTheDocument();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      `${nl.reportColumns("Overzicht", "G3:J15")} · ${nl.reportCells(52)}`,
      `${nl.reportSheet("Controlerapport")} · ${nl.reportCells(530)}`,
    ]);
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

  it("disables both buttons while busy", () => {
    renderWithFluent(<WriteStep {...props({ busy: true })} />);
    expect(screen.getByRole("button", { name: nl.writeButton })).toBeDisabled();
    expect(screen.getByRole("button", { name: nl.removeButton })).toBeDisabled();
  });
});
