/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/domain";
import {
  SettingsStep,
  amountInput,
  parseNumberInput,
  type SettingsStepProps,
} from "../../src/taskpane/components/SettingsStep";
import { en, nl, renderWithFluent } from "./renderWithFluent";

function props(overrides: Partial<SettingsStepProps> = {}): SettingsStepProps {
  return {
    strings: nl,
    settings: DEFAULT_SETTINGS,
    busy: false,
    saved: false,
    onSave: jest.fn(),
    ...overrides,
  };
}

describe("parseNumberInput", () => {
  it.each([
    ["50000", 50000],
    ["50.000", 50000],
    ["€ 15.000", 15000],
    ["1.234.567", 1234567],
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["1.000,75", 1000.75],
    ["", null],
    ["  ", null],
  ])("reads %j as %p", (text, expected) => {
    expect(parseNumberInput(text)).toBe(expected);
  });

  it.each(["-5", "abc", "5%", "1,2,3"])("rejects %j", (text) => {
    expect(parseNumberInput(text)).toBeNaN();
  });
});

describe("SettingsStep", () => {
  it("shows the current settings", () => {
    renderWithFluent(
      <SettingsStep
        {...props({
          settings: resolveSettings({
            noteThreshold: 15000,
            notePercent: 5,
            noteCombine: "or",
            roundingTolerance: 2,
          }),
        })}
      />,
    );
    expect(screen.getByRole("textbox", { name: nl.noteThreshold })).toHaveValue("15.000");
    expect(
      screen.getByRole("textbox", { name: new RegExp(nl.notePercent.replace(/[()]/g, ".")) }),
    ).toHaveValue("5");
    expect(screen.getByRole("radio", { name: nl.noteCombineOr })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: nl.roundingAuto })).not.toBeChecked();
    expect(screen.getByRole("textbox", { name: nl.roundingTolerance })).toHaveValue("2");
    expect(screen.getByRole("radio", { name: nl.languageNl })).toBeChecked();
  });

  it("writes the rounding rule in words, not as a formula", () => {
    renderWithFluent(<SettingsStep {...props()} />);
    expect(screen.getByRole("checkbox", { name: /een halve eenheid per opgeteld bedrag/ })).toBeChecked();
    expect(screen.queryByText(/n\s*\+\s*1/)).not.toBeInTheDocument();
  });

  it.each([
    [1234567, "nl", "1.234.567"],
    [50000, "nl", "50.000"],
    [999, "nl", "999"],
    [50000, "en", "50000"],
    [2.5, "nl", "2.5"],
  ] as const)("shows %p in %s as %j, which reads back as the same amount", (amount, lang, shown) => {
    expect(amountInput(amount, lang)).toBe(shown);
    expect(parseNumberInput(shown)).toBe(amount);
  });

  it("saves every field, keeping overrides and accepted findings", async () => {
    const settings = resolveSettings({
      accepted: [{ rule: "note.missing", sheet: "Overzicht", cell: "F9", reason: "Volgt" }],
    });
    const p = props({ settings });
    renderWithFluent(<SettingsStep {...p} />);
    const set = async (name: string | RegExp, value: string) => {
      const box = screen.getByRole("textbox", { name });
      await userEvent.clear(box);
      if (value) await userEvent.type(box, value);
    };
    await set(nl.noteThreshold, "15.000");
    await set(new RegExp(nl.notePercent.replace(/[()]/g, ".")), "5");
    await userEvent.click(screen.getByRole("radio", { name: nl.noteCombineOr }));
    await userEvent.click(screen.getByRole("checkbox", { name: nl.roundingAuto }));
    await set(nl.roundingTolerance, "3");
    await set(new RegExp(nl.orangePercent.replace(/[()]/g, ".")), "7,5");
    await userEvent.click(screen.getByRole("radio", { name: nl.languageEn }));
    await userEvent.click(screen.getByRole("button", { name: nl.saveSettings }));
    expect(p.onSave).toHaveBeenCalledWith({
      ...settings,
      language: "en",
      noteThreshold: 15000,
      notePercent: 5,
      noteCombine: "or",
      roundingTolerance: 3,
      orangePercent: 7.5,
    });
  });

  it("saves the tolerance as a percentage of the total lasten, keeping the sources of Bijlage 1", async () => {
    const settings = resolveSettings({ contributionResult: "Overzicht!F15", overspendTolerance: null });
    const p = props({ settings });
    renderWithFluent(<SettingsStep {...p} />);
    const box = screen.getByRole("textbox", { name: new RegExp(nl.tolerancePercent.replace(/[()%]/g, ".")) });
    expect(box).toHaveValue("1");
    await userEvent.clear(box);
    await userEvent.type(box, "0,5");
    await userEvent.click(screen.getByRole("button", { name: nl.saveSettings }));
    expect(p.onSave).toHaveBeenCalledWith({ ...settings, overspendTolerancePercent: 0.5 });
  });

  it("treats an empty percentage as not used", async () => {
    const p = props({ settings: resolveSettings({ notePercent: 5 }) });
    renderWithFluent(<SettingsStep {...p} />);
    await userEvent.clear(
      screen.getByRole("textbox", { name: new RegExp(nl.notePercent.replace(/[()]/g, ".")) }),
    );
    await userEvent.click(screen.getByRole("button", { name: nl.saveSettings }));
    expect(p.onSave).toHaveBeenCalledWith(expect.objectContaining({ notePercent: null }));
  });

  it.each([
    ["the threshold", nl.noteThreshold, "veel", nl.invalidNumber],
    ["the threshold", nl.noteThreshold, "", nl.invalidNumber],
    ["the orange margin", new RegExp(nl.orangePercent.replace(/[()]/g, ".")), "-1", nl.invalidNumber],
  ])("refuses an invalid value for %s, saying why", async (_what, name, value, message) => {
    const p = props();
    renderWithFluent(<SettingsStep {...p} />);
    const box = screen.getByRole("textbox", { name });
    await userEvent.clear(box);
    if (value) await userEvent.type(box, value);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("button", { name: nl.saveSettings })).toBeDisabled();
    expect(p.onSave).not.toHaveBeenCalled();
  });

  it("wants a whole number of rounding units", async () => {
    renderWithFluent(<SettingsStep {...props({ settings: resolveSettings({ roundingTolerance: 1 }) })} />);
    const box = screen.getByRole("textbox", { name: nl.roundingTolerance });
    await userEvent.clear(box);
    await userEvent.type(box, "1,5");
    expect(screen.getByText(nl.invalidInteger)).toBeInTheDocument();
  });

  it("confirms a save until the form changes again", async () => {
    renderWithFluent(<SettingsStep {...props({ saved: true, strings: en })} />);
    expect(screen.getByText(en.settingsSaved)).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: en.noteThreshold }), "0");
    expect(screen.queryByText(en.settingsSaved)).not.toBeInTheDocument();
  });
});
