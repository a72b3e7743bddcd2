import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ResultPlace } from "../host";
import type { Strings } from "../i18n";

export interface WriteOutcome {
  action: "write" | "remove";
  places: ResultPlace[];
}

export interface WriteStepProps {
  strings: Strings;
  /** False until a check produced a write plan. */
  canWrite: boolean;
  busy: boolean;
  outcome: WriteOutcome | null;
  onWrite: () => void;
  onRemove: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-word" },
});

/** Step 3: write the results into the workbook, see what went where, and take it all out again. */
export function WriteStep(props: WriteStepProps) {
  const styles = useStyles();
  const s = props.strings;
  const outcome = props.outcome;
  return (
    <div className={styles.root}>
      <Text>{s.writeIntro}</Text>
      {!props.canWrite && <Text italic>{s.writeEmpty}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onWrite} disabled={props.busy || !props.canWrite}>
          {s.writeButton}
        </Button>
        <Button onClick={props.onRemove} disabled={props.busy}>
          {s.removeButton}
        </Button>
      </div>
      {outcome && (
        <MessageBar intent="success" layout="multiline" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{outcome.action === "write" ? s.writeDone : s.removeDone}</MessageBarTitle>
            {outcome.places.length === 0 ? (
              <Text block>{s.removeNothing}</Text>
            ) : (
              <ul className={styles.places}>
                {outcome.places.map((p, i) => (
                  <li key={i}>
                    {p.kind === "columns" ? s.reportColumns(p.sheet, p.range ?? "") : s.reportSheet(p.sheet)}
                    {p.cells !== undefined && ` · ${s.reportCells(p.cells)}`}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
