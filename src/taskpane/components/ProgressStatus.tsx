import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Progress } from "../host";

const useStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalM },
});

/**
 * A long task's progress, announced politely to screen readers: the task's name once, the step it
 * is at below the bar when there is one to say.
 */
export function ProgressStatus(props: { label: string; progress: Progress }) {
  const styles = useStyles();
  const { fraction, text } = props.progress;
  const step = text && text !== props.label ? text : undefined;
  return (
    <div className={styles.root} aria-live="polite">
      <Field validationMessage={step} validationState="none" label={props.label}>
        <ProgressBar value={fraction ?? undefined} max={1} thickness="large" aria-label={props.label} />
      </Field>
    </div>
  );
}
