import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RemovalPlan } from "../../domain";
import type { Strings } from "../i18n";

export interface RemoveDialogProps {
  strings: Strings;
  /** The engine's plan for the workbook as just read: exactly what Remove results will take out. */
  removal: RemovalPlan;
  onConfirm: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  places: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-word" },
  actions: { flexWrap: "wrap" },
  // At 320 px the dialog stacks its actions and Fluent's stack squeezes them below a touch target.
  action: { minHeight: "40px" },
});

/** Asks before Remove results takes anything out, saying what goes and what stays. */
export function RemoveDialog(props: RemoveDialogProps) {
  const styles = useStyles();
  const s = props.strings;
  const { regions, sheets, kept, recordSheet } = props.removal;
  const keptText = kept
    .map((k) => (k.range ? s.reportColumns(k.sheet, k.range) : s.reportSheet(k.sheet)))
    .join("; ");
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.removeConfirmTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{s.removeConfirmIntro}</Text>
            <ul className={styles.places}>
              {regions.map((r) => (
                <li key={`r:${r.sheet}!${r.range}`}>{s.reportColumns(r.sheet, r.range)}</li>
              ))}
              {sheets.map((name) => (
                <li key={`s:${name}`}>{s.reportSheet(name)}</li>
              ))}
              {recordSheet !== null && <li>{s.removeConfirmRecord}</li>}
            </ul>
            {kept.length > 0 && <Text>{s.removeConfirmKept(keptText)}</Text>}
            <Text>{s.removeConfirmInputs}</Text>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" size="large" className={styles.action} onClick={props.onConfirm}>
              {s.removeConfirm}
            </Button>
            <Button size="large" className={styles.action} onClick={props.onCancel}>
              {s.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
