/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { officeWorkbook } from "../../src/taskpane/officeWorkbook";
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../excel/fakeExcel";
import { seedWorkbook } from "../fixtures/seed";
import { en, inProcessEngine, nl, renderWithFluent } from "./renderWithFluent";

/** The pane over the real Office adapter and the fake Excel host, as index.tsx wires it in Office. */
function paneOverFakeExcel(): FakeExcel {
  const fake = createFakeExcel({
    sheets: seedWorkbook().map((s) => ({ name: s.name, values: s.rows, formulas: s.formulas })),
  });
  installFakeOffice(globalThis, fake);
  return fake;
}

async function scanCheckWrite(s: typeof nl) {
  await userEvent.click(await screen.findByRole("button", { name: s.scanButton }));
  await userEvent.click(await screen.findByRole("button", { name: s.checkButton }));
  await screen.findByRole("region", { name: s.summaryLabel });
  await userEvent.click(screen.getByRole("tab", { name: s.tabWrite }));
  await userEvent.click(screen.getByRole("button", { name: s.writeButton }));
  await screen.findByText(s.writeDone);
}

describe("after writing, the pane opens the Controlerapport", () => {
  it("activates the sheet just written and selects A1, with one button instead of a list of ranges", async () => {
    const fake = paneOverFakeExcel();
    renderWithFluent(<App workbook={officeWorkbook()} engine={inProcessEngine()} displayLanguage="nl-NL" />);
    await scanCheckWrite(nl);
    expect(fake.sheetNames()).toContain("Controlerapport");
    expect(fake.activeSheet).not.toBe("Controlerapport");
    expect(screen.queryAllByRole("listitem")).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "Open Controlerapport" }));

    await waitFor(() => expect(fake.activeSheet).toBe("Controlerapport"));
    expect(fake.selection).toMatch(/!A1(:A1)?$/);
  });

  it("in English opens Findings, the sheet the English write named", async () => {
    const fake = paneOverFakeExcel();
    renderWithFluent(<App workbook={officeWorkbook()} engine={inProcessEngine()} displayLanguage="en-US" />);
    await scanCheckWrite(en);
    await userEvent.click(screen.getByRole("button", { name: "Open Findings" }));
    await waitFor(() => expect(fake.activeSheet).toBe("Findings"));
    expect(fake.selection).toMatch(/!A1(:A1)?$/);
  });
});
