import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language, Settings, SettingsInput } from "../../domain";
import type { Strings } from "../i18n";

export interface SettingsStepProps {
  strings: Strings;
  settings: Settings;
  busy: boolean;
  /** Set after a successful save, cleared when the form changes. */
  saved: boolean;
  onSave: (settings: SettingsInput) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Reads a number as a Dutch or English user types it: `50.000`, `50000`, `2,5`, `2.5`, `€ 15.000`. */
export function parseNumberInput(text: string): number | null {
  const t = text.replace(/[€\s]/g, "");
  if (t === "") return null;
  let normal: string;
  if (t.includes(",")) normal = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) normal = t.replace(/\./g, "");
  else normal = t;
  if (!/^\d+(\.\d+)?$/.test(normal)) return NaN;
  return Number(normal);
}

interface Draft {
  language: Language;
  noteThreshold: string;
  notePercent: string;
  noteCombine: "and" | "or";
  roundingAuto: boolean;
  roundingTolerance: string;
  orangePercent: string;
  tolerancePercent: string;
}

/**
 * An amount as the form shows it: in Dutch with points between the thousands (50.000), as
 * `parseNumberInput` reads it back; in English without them, since a comma there would read back
 * as a decimal comma.
 */
export function amountInput(amount: number, lang: Language): string {
  if (lang !== "nl" || !Number.isInteger(amount)) return String(amount);
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function draftOf(s: Settings): Draft {
  return {
    language: s.language,
    noteThreshold: amountInput(s.noteThreshold, s.language),
    notePercent: s.notePercent === null ? "" : String(s.notePercent),
    noteCombine: s.noteCombine,
    roundingAuto: s.roundingTolerance === "auto",
    roundingTolerance: s.roundingTolerance === "auto" ? "1" : String(s.roundingTolerance),
    orangePercent: String(s.orangePercent),
    tolerancePercent: String(s.overspendTolerancePercent),
  };
}

/** Step 4: the organisation's rules, saved in the workbook. */
export function SettingsStep(props: SettingsStepProps) {
  const styles = useStyles();
  const s = props.strings;
  const [draft, setDraft] = React.useState(() => draftOf(props.settings));
  const [touched, setTouched] = React.useState(false);
  const roundingId = React.useId();
  React.useEffect(() => {
    setDraft(draftOf(props.settings));
    setTouched(false);
  }, [props.settings]);

  const threshold = parseNumberInput(draft.noteThreshold);
  const percent = parseNumberInput(draft.notePercent);
  const tolerance = parseNumberInput(draft.roundingTolerance);
  const orange = parseNumberInput(draft.orangePercent);
  const tolerancePercent = parseNumberInput(draft.tolerancePercent);
  const errors = {
    noteThreshold: threshold === null || Number.isNaN(threshold) ? s.invalidNumber : undefined,
    notePercent: percent !== null && Number.isNaN(percent) ? s.invalidNumber : undefined,
    roundingTolerance:
      !draft.roundingAuto && (tolerance === null || Number.isNaN(tolerance) || !Number.isInteger(tolerance))
        ? s.invalidInteger
        : undefined,
    orangePercent: orange === null || Number.isNaN(orange) ? s.invalidNumber : undefined,
    tolerancePercent:
      tolerancePercent === null || Number.isNaN(tolerancePercent) ? s.invalidNumber : undefined,
  };
  const valid = Object.values(errors).every((e) => e === undefined);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setTouched(true);
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    props.onSave({
      ...props.settings,
      language: draft.language,
      noteThreshold: threshold!,
      notePercent: percent,
      noteCombine: draft.noteCombine,
      roundingTolerance: draft.roundingAuto ? "auto" : tolerance!,
      orangePercent: orange!,
      overspendTolerancePercent: tolerancePercent!,
    });
  };

  return (
    <form className={styles.root} onSubmit={submit} noValidate>
      <Text>{s.settingsIntro}</Text>
      <Field label={s.language}>
        <RadioGroup value={draft.language} onChange={(_, d) => set({ language: d.value as Language })}>
          <Radio value="nl" label={s.languageNl} />
          <Radio value="en" label={s.languageEn} />
        </RadioGroup>
      </Field>
      <Field label={s.noteThreshold} validationMessage={errors.noteThreshold}>
        <Input
          inputMode="decimal"
          value={draft.noteThreshold}
          onChange={(_, d) => set({ noteThreshold: d.value })}
        />
      </Field>
      <Field label={s.notePercent} hint={s.notePercentHint} validationMessage={errors.notePercent}>
        <Input
          inputMode="decimal"
          value={draft.notePercent}
          onChange={(_, d) => set({ notePercent: d.value })}
        />
      </Field>
      <Field label={s.noteCombine}>
        <RadioGroup
          value={draft.noteCombine}
          onChange={(_, d) => set({ noteCombine: d.value as "and" | "or" })}
        >
          <Radio value="and" label={s.noteCombineAnd} />
          <Radio value="or" label={s.noteCombineOr} />
        </RadioGroup>
      </Field>
      <div className={styles.row} role="group" aria-labelledby={roundingId}>
        <Label id={roundingId}>{s.roundingTitle}</Label>
        <Checkbox
          checked={draft.roundingAuto}
          label={s.roundingAuto}
          onChange={(_, d) => set({ roundingAuto: d.checked === true })}
        />
        {!draft.roundingAuto && (
          <Field label={s.roundingTolerance} validationMessage={errors.roundingTolerance}>
            <Input
              inputMode="numeric"
              value={draft.roundingTolerance}
              onChange={(_, d) => set({ roundingTolerance: d.value })}
            />
          </Field>
        )}
      </div>
      <Field label={s.orangePercent} hint={s.orangePercentHint} validationMessage={errors.orangePercent}>
        <Input
          inputMode="decimal"
          value={draft.orangePercent}
          onChange={(_, d) => set({ orangePercent: d.value })}
        />
      </Field>
      <Field
        label={s.tolerancePercent}
        hint={s.tolerancePercentHint}
        validationMessage={errors.tolerancePercent}
      >
        <Input
          inputMode="decimal"
          value={draft.tolerancePercent}
          onChange={(_, d) => set({ tolerancePercent: d.value })}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" size="large" disabled={props.busy || !valid}>
          {s.saveSettings}
        </Button>
      </div>
      {props.saved && !touched && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.settingsSaved}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
