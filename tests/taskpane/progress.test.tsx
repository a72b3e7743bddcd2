/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { fakeGateway, inProcessEngine, nl, renderWithFluent } from "./renderWithFluent";

describe("progress", () => {
  it("shows a write as one bar that advances, with the step it is at, and its name once", async () => {
    const workbook = fakeGateway();
    let finish: () => void = () => undefined;
    const original = workbook.write.getMockImplementation()!;
    workbook.write.mockImplementationOnce(
      (plan, snapshot, onProgress) =>
        new Promise((resolve) => {
          onProgress({ stage: "verify", done: 0, total: 0 });
          onProgress({ stage: "values", done: 3, total: 10 });
          finish = () => resolve(original(plan, snapshot, () => undefined));
        }),
    );
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    await userEvent.click(await screen.findByRole("button", { name: nl.checkButton }));
    await screen.findByRole("region", { name: nl.summaryLabel });
    await userEvent.click(screen.getByRole("tab", { name: nl.tabWrite }));
    await userEvent.click(screen.getByRole("button", { name: nl.writeButton }));
    const step = await screen.findByText(nl.progressStep(4, 7, nl.writeStage.values));
    expect(step).toBeVisible();
    const bar = screen.getByRole("progressbar", { name: nl.progressWriting });
    // 15 % for the plan and the check of the workbook, then 3 of 10 steps of the write's 70 %.
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(0.15 + 0.7 * 0.3);
    // The task's name once: on the bar, not repeated below it (the button has it too).
    expect(screen.getAllByText(nl.progressWriting).filter((e) => !e.closest("button"))).toHaveLength(1);
    await act(async () => finish());
    await screen.findByText(nl.writeDone);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("names the task once, with the step below it only when there is one", async () => {
    const workbook = fakeGateway();
    let finish: () => void = () => undefined;
    const original = workbook.read.getMockImplementation()!;
    workbook.read.mockImplementationOnce(
      (onProgress) =>
        new Promise((resolve) => {
          // Office's reader says how far, not what it reads.
          onProgress({ fraction: 0.25 });
          finish = () => resolve(original(() => undefined));
        }),
    );
    renderWithFluent(<App workbook={workbook} engine={inProcessEngine()} />);
    await userEvent.click(await screen.findByRole("button", { name: nl.scanButton }));
    await screen.findByRole("progressbar", { name: nl.progressReading });
    expect(screen.getAllByText(nl.progressReading)).toHaveLength(1);
    await act(async () => finish());
    await screen.findByRole("heading", { name: /tabellen gevonden/ });
  });
});
