/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { StartupBoundary } from "../../src/taskpane/components/StartupBoundary";
import { strings } from "../../src/taskpane/i18n";
import { showStartupFailure } from "../../src/taskpane/startupFailure";

const nl = strings("nl").startup;
const en = strings("en").startup;

afterEach(() => document.body.replaceChildren());

describe("showStartupFailure", () => {
  it.each([
    ["nl-NL", nl],
    ["en-GB", en],
    ["de-DE", en],
    [undefined, nl],
  ])("says what happened and what to do in the language of %p", (display, s) => {
    showStartupFailure("officeMissing", display);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { name: s.title })).toBeInTheDocument();
    expect(alert).toHaveTextContent(s.officeMissing);
    expect(alert).toHaveTextContent(s.officeMissingTodo);
    expect(within(alert).getByRole("button", { name: s.reload })).toBeInTheDocument();
  });

  it.each([
    ["hostFailed", nl.hostFailed, nl.hostFailedTodo],
    ["renderFailed", nl.renderFailed, nl.renderFailedTodo],
  ] as const)("says what a %s means and what to do", (problem, what, todo) => {
    showStartupFailure(problem, "nl-NL", new Error("boom"));
    const paragraphs = [...screen.getByRole("alert").querySelectorAll("p")].map((p) => p.textContent);
    expect(paragraphs).toEqual([what, todo, nl.detail("boom")]);
  });

  it("names the host's error, as text, and shows the first problem only", () => {
    showStartupFailure("hostFailed", "nl-NL", new Error("<b>officeTheme</b> niet beschikbaar"));
    showStartupFailure("officeMissing", "nl-NL");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(nl.hostFailed);
    expect(alert).toHaveTextContent(nl.hostFailedTodo);
    expect(alert).toHaveTextContent(nl.detail("<b>officeTheme</b> niet beschikbaar"));
    expect(alert.querySelector("b")).toBeNull();
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });
});

describe("StartupBoundary", () => {
  it("hands on an error that escaped the App and shows nothing of the broken tree", () => {
    const onError = jest.fn();
    const Broken = () => {
      throw new Error("provider failed");
    };
    // React logs the caught render error; keep the test output clean.
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { container } = render(
      <StartupBoundary onError={onError}>
        <p>Stoplicht</p>
        <Broken />
      </StartupBoundary>,
    );
    quiet.mockRestore();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "provider failed" }));
    expect(container).toBeEmptyDOMElement();
  });
});
