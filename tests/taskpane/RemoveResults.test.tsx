/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { check } from "../../src/domain";
import { App } from "../../src/taskpane/components/App";
import { afterWrite } from "../afterWrite";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { fakeGateway, inProcessEngine, nl, renderWithFluent } from "./renderWithFluent";

describe("App: Remove results", () => {
  it("asks first, saying what goes; Annuleren leaves the workbook as it is", async () => {
    const written = afterWrite(gridsOf(seedWorkbook()));
    const workbook = fakeGateway({ grids: written });
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.removeButton }));
    const dialog = await screen.findByRole("alertdialog", { name: nl.removeConfirmTitle });
    const removal = check(written).removal;
    expect(within(dialog).getAllByRole("listitem")).toHaveLength(
      removal.regions.length + removal.sheets.length + 1,
    );
    expect(dialog).toHaveTextContent(nl.reportSheet("Controlerapport"));
    await userEvent.click(within(dialog).getByRole("button", { name: nl.cancel }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(workbook.remove).not.toHaveBeenCalled();
    expect(screen.queryByText(nl.removeDone)).not.toBeInTheDocument();
  });

  it("asks nothing when there is nothing to remove", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.removeButton }));
    expect(await screen.findByText(nl.removeNothing)).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(workbook.remove).not.toHaveBeenCalled();
  });

  it("reads the workbook, hands the engine's removal plan with that read's snapshot to Excel, and shows its progress", async () => {
    const written = afterWrite(gridsOf(seedWorkbook()));
    const workbook = fakeGateway({ grids: written });
    let finish: () => void = () => undefined;
    workbook.remove.mockImplementationOnce(
      (_removal, _snapshot, onProgress) =>
        new Promise((resolve) => {
          onProgress({ fraction: 0.4 });
          finish = () => resolve([{ kind: "sheet", sheet: "Controlerapport" }]);
        }),
    );
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("tab", { name: nl.tabWrite }));
    const reads = workbook.read.mock.calls.length;

    await userEvent.click(screen.getByRole("button", { name: nl.removeButton }));
    // Read and planned, the removal waits for the user's word.
    await userEvent.click(await screen.findByRole("button", { name: nl.removeConfirm }));

    await waitFor(() =>
      expect(screen.getByRole("progressbar", { name: nl.progressRemoving })).toHaveAttribute(
        "aria-valuenow",
        "0.4",
      ),
    );
    expect(workbook.read.mock.calls.length).toBe(reads + 1);
    expect(workbook.remove).toHaveBeenCalledWith(
      check(written).removal,
      { version: 1 },
      expect.any(Function),
    );
    expect(check(written).removal.regions.length).toBe(11);
    await act(async () => finish());
    expect(await screen.findByText(nl.removeDone)).toBeInTheDocument();
    // Read again afterwards: the next write starts from the workbook without the results.
    expect(workbook.read.mock.calls.length).toBe(reads + 2);
  });
});
