/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { fakeGateway, inProcessEngine, nl, renderWithFluent } from "./renderWithFluent";

/** The findings' buttons of the group whose heading starts with `label`, in order. */
function group(label: string) {
  const heading = screen.getByRole("heading", { name: new RegExp(`^${label} \\(`) });
  const section = heading.closest("section")!;
  return { heading, findings: within(section).queryAllByRole("button", { name: /^(?!Accepteren)/ }) };
}

async function accept(button: HTMLElement, reason: string) {
  const item = button.closest("li")!;
  await userEvent.click(within(item).getByRole("button", { name: /^Accepteren:/ }));
  await userEvent.type(within(item).getByRole("textbox"), reason);
  await userEvent.click(within(item).getByRole("button", { name: nl.acceptSave }));
}

describe("focus stays in the pane", () => {
  it("goes to the scan step's heading after Scannen, not to the page", async () => {
    renderWithFluent(<App workbook={fakeGateway()} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    const heading = await screen.findByRole("heading", { name: /tabellen gevonden/ });
    await waitFor(() => expect(heading).toHaveFocus());
    // Scanned again: the heading once more, though the button pressed was disabled meanwhile.
    await userEvent.click(screen.getByRole("button", { name: nl.rescanButton }));
    await waitFor(() => expect(screen.getByRole("heading", { name: /tabellen gevonden/ })).toHaveFocus());
  });

  it("goes to the next finding after Accepteren, and to the group's heading when none is left after it", async () => {
    renderWithFluent(<App workbook={fakeGateway()} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    await userEvent.click(await screen.findByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });

    const before = group(nl.severity.warning).findings;
    const next = before[1].id;
    await accept(before[0], "Volgt het jaarverslag");
    await screen.findByText(nl.countAccepted(1));
    await waitFor(() => expect(document.activeElement?.id).toBe(next));
    expect(document.activeElement).not.toBe(document.body);

    const last = group(nl.severity.warning).findings.at(-1)!;
    await accept(last, "Bekend");
    await screen.findByText(nl.countAccepted(2));
    await waitFor(() => expect(group(nl.severity.warning).heading).toHaveFocus());
  });

  it("leaves focus to the error when the acceptance could not be saved", async () => {
    const workbook = fakeGateway();
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    await userEvent.click(await screen.findByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    workbook.saveSettings.mockRejectedValueOnce(new Error("The workbook is read-only."));
    await accept(group(nl.severity.warning).findings[0], "Volgt");
    const alert = await screen.findByRole("alert");
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(alert).toHaveFocus();
  });
});
