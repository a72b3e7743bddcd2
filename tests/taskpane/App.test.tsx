/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { EngineError, type Engine } from "../../src/taskpane/engine";
import { OccupiedCellsError, WorkbookChangedError } from "../../src/excel/errors";
import { afterWrite } from "../afterWrite";
import { gridsOf } from "../builders";
import { seedWorkbook } from "../fixtures/seed";
import { en, fakeGateway, inProcessEngine, nl, renderWithFluent } from "./renderWithFluent";

async function scan() {
  await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
  await screen.findByRole("heading", { name: /tabellen gevonden/ });
}

describe("App: the four steps together", () => {
  it("loads the settings saved in the workbook, language included", async () => {
    const workbook = fakeGateway({ stored: { language: "en", noteThreshold: 15000 } });
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} displayLanguage="nl-NL" />);
    expect(await screen.findByRole("button", { name: en.scanButton })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("tab", { name: en.tabSettings }));
    expect(screen.getByRole("textbox", { name: en.noteThreshold })).toHaveValue("15000");
  });

  it.each([
    ["nl-NL", nl.scanButton],
    ["en-US", en.scanButton],
    ["de-DE", en.scanButton],
  ])(
    "takes the language from Office's display language %s when the workbook has none",
    async (display, label) => {
      renderWithFluent(<App workbook={fakeGateway()} engine={inProcessEngine()} displayLanguage={display} />);
      expect(await screen.findByRole("button", { name: label })).toBeInTheDocument();
    },
  );

  it("scans, applies a corrected role at the check and remembers it in the workbook", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await scan();
    expect(workbook.read).toHaveBeenCalledTimes(1);
    // A table's columns are corrected once it is opened (issue 17: a line per table).
    const summary = screen.getByRole("listitem", { name: "Rekeningresultaat 2024" });
    await userEvent.click(
      within(summary).getByRole("button", { name: `${nl.correctColumns}: Rekeningresultaat 2024` }),
    );
    await userEvent.selectOptions(
      within(summary).getByRole("combobox", { name: nl.columnRole("B", "Rekening 2023") }),
      "ignore",
    );
    expect(screen.getByText(nl.overridesPending)).toBeInTheDocument();
    // With changes pending, a second Check button waits below the last table.
    const checkButtons = screen.getAllByRole("button", { name: nl.checkButton });
    expect(checkButtons).toHaveLength(2);
    await userEvent.click(checkButtons[1]);
    await screen.findByRole("region", { name: nl.summaryLabel });
    expect(workbook.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ tables: [{ sheet: "Overzicht", anchor: "A3", columns: { B: "ignore" } }] }),
    );
    // The check applies the correction to the grids the worker holds from the scan: no second read.
    expect(workbook.read).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("tab", { name: nl.tabCheck })).toHaveAttribute("aria-selected", "true");
  });

  it("selects a finding's cell, accepts it with a reason that is saved, and no longer counts it as open", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await scan();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    const summary = await screen.findByRole("region", { name: nl.summaryLabel });
    const warnings = Number(/\d+/.exec(within(summary).getByText(/waarschuwing/).textContent!)![0]);
    // The first finding: the summary of the annual report above the findings lists overspends too.
    const annual = screen.getByRole("region", { name: nl.annualLabel });
    const first = screen.getAllByRole("listitem").find((li) => !annual.contains(li))!;
    await userEvent.click(within(first).getAllByRole("button")[0]);
    await waitFor(() =>
      expect(workbook.selectCell).toHaveBeenCalledWith("Overzicht", expect.stringMatching(/^[A-Z]+\d+$/)),
    );
    await userEvent.click(within(first).getByRole("button", { name: /^Accepteren:/ }));
    await userEvent.type(within(first).getByRole("textbox"), "Naam volgt het jaarverslag");
    await userEvent.click(within(first).getByRole("button", { name: nl.acceptSave }));
    await screen.findByText(nl.countAccepted(1));
    expect(screen.getByText(nl.countWarnings(warnings - 1))).toBeInTheDocument();
    expect(workbook.saveSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({
        accepted: [expect.objectContaining({ sheet: "Overzicht", reason: "Naam volgt het jaarverslag" })],
      }),
    );
    expect(screen.getByText(nl.acceptedReason("Naam volgt het jaarverslag"))).toBeInTheDocument();
  });

  it("writes the plan of the last check with the snapshot it was read with, then removes it, reporting where", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("tab", { name: nl.tabWrite }));
    expect(screen.getByText(nl.writeEmpty)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: nl.writeButton })).toBeDisabled();
    await userEvent.click(screen.getByRole("tab", { name: nl.tabScan }));
    await scan();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    await userEvent.click(screen.getByRole("tab", { name: nl.tabWrite }));
    // From now on the workbook holds the results: the read after the write sees them.
    const written = afterWrite(gridsOf(seedWorkbook()));
    workbook.read.mockImplementation(async () => ({ grids: written, snapshot: { version: 1 } }));
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    expect(await screen.findByText(nl.writeDone)).toBeInTheDocument();
    // One button to the report, not a list of ranges.
    await userEvent.click(screen.getByRole("button", { name: "Open Controlerapport" }));
    await waitFor(() => expect(workbook.selectCell).toHaveBeenCalledWith("Controlerapport", "A1"));
    expect(workbook.write).toHaveBeenCalledWith(
      expect.objectContaining({ language: "nl" }),
      { version: 1 },
      expect.any(Function),
    );
    await userEvent.click(screen.getByRole("button", { name: nl.removeButton }));
    await userEvent.click(await screen.findByRole("button", { name: nl.removeConfirm }));
    expect(await screen.findByText(nl.removeDone)).toBeInTheDocument();
    expect(workbook.remove).toHaveBeenCalled();
  });

  it("says so when there was nothing to remove", async () => {
    const workbook = fakeGateway();
    workbook.remove.mockResolvedValueOnce([]);
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.removeButton }));
    expect(await screen.findByText(nl.removeNothing)).toBeInTheDocument();
  });

  it("saves settings in the workbook and switches language at once", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("tab", { name: nl.tabSettings }));
    const threshold = screen.getByRole("textbox", { name: nl.noteThreshold });
    await userEvent.clear(threshold);
    await userEvent.type(threshold, "25.000");
    await userEvent.click(screen.getByRole("radio", { name: nl.languageEn }));
    await userEvent.click(screen.getByRole("button", { name: nl.saveSettings }));
    expect(await screen.findByText(en.settingsSaved)).toBeInTheDocument();
    expect(workbook.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ language: "en", noteThreshold: 25000 }),
    );
    expect(screen.getByRole("tab", { name: en.tabScan })).toBeInTheDocument();
  });
});

describe("App: long work and focus", () => {
  it("shows progress while reading and removes it when done", async () => {
    const workbook = fakeGateway();
    let finish: () => void = () => undefined;
    const original = workbook.read.getMockImplementation()!;
    workbook.read.mockImplementationOnce(
      (onProgress) =>
        new Promise((resolve) => {
          onProgress({ fraction: 0.25, text: "Overzicht" });
          finish = () => resolve(original(() => undefined));
        }),
    );
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    const bar = await screen.findByRole("progressbar", { name: nl.progressReading });
    expect(bar).toHaveAttribute("aria-valuenow", "0.25");
    expect(screen.getByText("Overzicht")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: nl.scanButton })).toBeDisabled();
    await act(async () => finish());
    await screen.findByRole("heading", { name: /tabellen gevonden/ });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("shows that it is busy while the saved settings load, and Scannen waits for them", async () => {
    const workbook = fakeGateway();
    let release!: () => void;
    workbook.loadSettings.mockImplementation(() => new Promise((done) => (release = () => done({}))));
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} displayLanguage="nl-NL" />);
    const button = await screen.findByRole("button", { name: nl.scanButton });
    expect(button).toBeDisabled();
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "true");
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole("button", { name: nl.scanButton })).toBeEnabled());
    await scan();
    expect(workbook.read).toHaveBeenCalledTimes(1);
  });

  it("moves focus to the verdict after a check started on the scan step", async () => {
    renderWithFluent(<App workbook={fakeGateway()} engine={inProcessEngine()} />);
    await scan();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    // The verdict, not the whole panel (issue 17): what the user reads first, and a screen reader says.
    const verdict = screen.getAllByRole("heading", { level: 2 })[0];
    expect(verdict.textContent).toMatch(/^Geen fouten\. 9 verschillen boven/);
    await waitFor(() => expect(verdict).toHaveFocus());
  });

  it("saves corrected roles on a re-scan too, so they are never applied without being remembered", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await scan();
    // A table's columns are corrected once it is opened (issue 17: a line per table).
    const summary = screen.getByRole("listitem", { name: "Rekeningresultaat 2024" });
    await userEvent.click(
      within(summary).getByRole("button", { name: `${nl.correctColumns}: Rekeningresultaat 2024` }),
    );
    await userEvent.selectOptions(within(summary).getByRole("combobox", { name: nl.tableKind }), "detail");
    await userEvent.click(screen.getByRole("button", { name: nl.rescanButton }));
    await waitFor(() =>
      expect(workbook.saveSettings).toHaveBeenCalledWith(
        expect.objectContaining({ tables: [{ sheet: "Overzicht", anchor: "A3", kind: "detail" }] }),
      ),
    );
    await waitFor(() => expect(screen.queryByText(nl.overridesPending)).not.toBeInTheDocument());
  });

  it("reads the workbook again after writing, so a second write uses a fresh snapshot", async () => {
    const workbook = fakeGateway();
    let version = 0;
    workbook.read.mockImplementation(async () => ({
      grids: gridsOf(seedWorkbook()),
      snapshot: { version: ++version },
    }));
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await scan();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    await userEvent.click(screen.getByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    await screen.findByText(nl.writeDone);
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    await waitFor(() => expect(workbook.write).toHaveBeenCalledTimes(2));
    // The check used the scan's read (1); the write read again (2).
    expect(workbook.write.mock.calls[0][1]).toEqual({ version: 1 });
    expect(workbook.write.mock.calls[1][1]).toEqual({ version: 2 });
  });
});

describe("App: errors reach one boundary", () => {
  it("shows a failed read with what to do, and retries it", async () => {
    const workbook = fakeGateway();
    workbook.read.mockRejectedValueOnce(
      Object.assign(new Error("The cell is being edited."), { code: "InvalidOperationInCellEditMode" }),
    );
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(nl.errorWhat.cellEdit);
    expect(alert).toHaveTextContent("The cell is being edited.");
    expect(alert).toHaveFocus();
    await userEvent.click(within(alert).getByRole("button", { name: nl.errorRetry }));
    await screen.findByRole("heading", { name: /tabellen gevonden/ });
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the adapter's own message in the user's language when the workbook changed before writing", async () => {
    const workbook = fakeGateway();
    workbook.write.mockRejectedValueOnce(new WorkbookChangedError(["Overzicht"]));
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await scan();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    await userEvent.click(screen.getByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    const alert = await screen.findByRole("alert");
    // The adapter's own message says what happened and what to do; the general advice would repeat it.
    expect(alert).toHaveTextContent(
      "De werkmap is gewijzigd sinds de controle (Overzicht). Controleer opnieuw",
    );
    expect(alert).not.toHaveTextContent(nl.errorWhat.changed);
    expect(within(alert).queryByRole("button", { name: nl.errorRetry })).not.toBeInTheDocument();
    await userEvent.click(within(alert).getByRole("button", { name: nl.errorDismiss }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("adds what to do when the adapter's message only says what happened", async () => {
    const workbook = fakeGateway();
    workbook.write.mockRejectedValueOnce(new OccupiedCellsError("Overzicht", ["G5", "G6"]));
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await scan();
    await userEvent.click(screen.getByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    await userEvent.click(screen.getByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent('Op blad "Overzicht" staat al inhoud in G5, G6');
    expect(alert).toHaveTextContent(nl.errorWhat.occupied);
  });

  it("reports an engine failure instead of hanging", async () => {
    const broken: Engine = {
      check: () => Promise.reject(new EngineError("Cannot read properties of undefined")),
      recheck: () => Promise.reject(new EngineError("Cannot read properties of undefined")),
      plan: () => Promise.reject(new EngineError("no plan")),
    };
    renderWithFluent(<App workbook={fakeGateway()} engine={broken} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(nl.errorWhat.engine);
    expect(screen.getByRole("button", { name: nl.scanButton })).toBeEnabled();
  });

  it("reports settings in the workbook that break the schema", async () => {
    const workbook = fakeGateway({ stored: { noteThreshold: -5 } });
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(nl.errorWhat.settings);
    expect(alert).toHaveTextContent("noteThreshold");
  });

  it("reports an unhandled rejection rather than losing it", async () => {
    renderWithFluent(<App workbook={fakeGateway()} engine={inProcessEngine()} />);
    await screen.findByRole("button", { name: nl.scanButton });
    const event = new Event("unhandledrejection") as PromiseRejectionEvent;
    Object.assign(event, { reason: new Error("lost promise"), promise: Promise.resolve() });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("lost promise");
  });

  it("reports an error thrown outside React's rendering", async () => {
    renderWithFluent(<App workbook={fakeGateway()} engine={inProcessEngine()} />);
    await screen.findByRole("button", { name: nl.scanButton });
    act(() => {
      window.dispatchEvent(
        new ErrorEvent("error", { error: new Error("handler failed"), message: "handler failed" }),
      );
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("handler failed");
  });

  it("replaces a crashed pane by the message and a reload button", async () => {
    const onReload = jest.fn();
    const workbook = fakeGateway();
    // A result the pane cannot render: a table without rows or columns breaks ScanStep.
    const crashing: Engine = {
      check: async () => ({ tables: [null] }) as never,
      recheck: async () => ({ tables: [null] }) as never,
      plan: () => Promise.reject(new EngineError("no plan")),
    };
    // React logs the caught render error; keep the test output clean.
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderWithFluent(<App workbook={workbook} engine={crashing} onReload={onReload} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(nl.errorWhat.render);
    await userEvent.click(within(alert).getByRole("button", { name: nl.errorReload }));
    expect(onReload).toHaveBeenCalled();
    quiet.mockRestore();
  });
});
