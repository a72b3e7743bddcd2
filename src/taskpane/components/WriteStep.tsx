import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RemovalPlan } from "../../domain";
import type { Strings } from "../i18n";
import type { WriteOutcome } from "../session";
import { RemoveDialog } from "./RemoveDialog";

export type { WriteOutcome };

export interface WriteStepProps {
  strings: Strings;
  /** False until a check produced a write plan. */
  canWrite: boolean;
  busy: boolean;
  outcome: WriteOutcome | null;
  /** A removal planned and waiting for the user's confirmation. */
  removal: RemovalPlan | null;
  onWrite: () => void;
  onRemove: () => void;
  onConfirmRemove: () => void;
  onCancelRemove: () => void;
  /** Activates a sheet Stoplicht wrote (the Controlerapport) at A1. */
  onOpenSheet: (sheet: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-word" },
  open: { marginTop: tokens.spacingVerticalS },
});

/** Step 3: write the results into the workbook and open the report, or take it all out again. */
export function WriteStep(props: WriteStepProps) {
  const styles = useStyles();
  const s = props.strings;
  const outcome = props.outcome;
  return (
    <div className={styles.root}>
      <Text>{s.writeIntro}</Text>
      {!props.canWrite && <Text italic>{s.writeEmpty}</Text>}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="large"
          onClick={props.onWrite}
          disabled={props.busy || !props.canWrite}
        >
          {s.writeButton}
        </Button>
        <Button size="large" onClick={props.onRemove} disabled={props.busy}>
          {s.removeButton}
        </Button>
      </div>
      {outcome?.action === "write" && (
        <MessageBar intent="success" layout="multiline" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{s.writeDone}</MessageBarTitle>
            {outcome.report && (
              <div className={styles.open}>
                <Button
                  appearance="primary"
                  size="large"
                  onClick={() => props.onOpenSheet(outcome.report!)}
                  disabled={props.busy}
                >
                  {s.openSheet(outcome.report)}
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.action === "remove" && (
        <MessageBar intent="success" layout="multiline" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{s.removeDone}</MessageBarTitle>
            {outcome.places.length === 0 ? (
              <Text block>{s.removeNothing}</Text>
            ) : (
              <ul className={styles.places}>
                {outcome.places.map((p, i) => (
                  <li key={i}>
                    {p.kind === "columns" ? s.reportColumns(p.sheet, p.range ?? "") : s.reportSheet(p.sheet)}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.removal && (
        <RemoveDialog
          strings={s}
          removal={props.removal}
          onConfirm={props.onConfirmRemove}
          onCancel={props.onCancelRemove}
        />
      )}
    </div>
  );
}
