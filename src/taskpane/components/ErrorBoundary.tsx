import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { adviseOn } from "../errors";
import type { Language } from "../../domain";
import type { Strings } from "../i18n";

type ReportError = (error: unknown, retry?: () => void) => void;

const ReportErrorContext = React.createContext<ReportError>(() => {
  throw new Error("useReportError outside ErrorBoundary");
});

/** Hands an error to the pane's one error boundary, optionally with a way to try again. */
export function useReportError(): ReportError {
  return React.useContext(ReportErrorContext);
}

interface Props {
  strings: Strings;
  lang: Language;
  /** Reloads the pane after a render error; the default reloads the page. */
  onReload?: () => void;
  children: React.ReactNode;
}

interface State {
  error: unknown;
  /** A render error: the tree below is broken and is not shown again until a reload. */
  fatal: boolean;
  retry?: () => void;
  hasError: boolean;
}

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  advice: { display: "block", marginTop: tokens.spacingVerticalXS },
  detail: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    wordBreak: "break-word",
  },
  actions: { flexWrap: "wrap" },
});

function ErrorMessage(props: {
  strings: Strings;
  lang: Language;
  error: unknown;
  fatal: boolean;
  onDismiss?: () => void;
  onRetry?: () => void;
  onReload: () => void;
}) {
  const styles = useStyles();
  const s = props.strings;
  const advice = adviseOn(props.error, props.lang);
  const ref = React.useRef<HTMLDivElement>(null);
  // Move focus to the message so keyboard and screen-reader users learn about it at once.
  React.useEffect(() => ref.current?.focus(), [props.error]);
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar} ref={ref} tabIndex={-1} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
        {props.fatal ? (
          <>
            {s.errorWhat.render}
            <span className={styles.detail}>{advice.detail}</span>
          </>
        ) : advice.forUser ? (
          <>
            {advice.detail}
            {!advice.selfExplaining && <span className={styles.advice}>{s.errorWhat[advice.kind]}</span>}
          </>
        ) : (
          <>
            {s.errorWhat[advice.kind]}
            <span className={styles.detail}>{advice.detail}</span>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        {props.fatal ? (
          <Button onClick={props.onReload}>{s.errorReload}</Button>
        ) : (
          <>
            {advice.retry && props.onRetry && <Button onClick={props.onRetry}>{s.errorRetry}</Button>}
            <Button onClick={props.onDismiss}>{s.errorDismiss}</Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * The one place errors end up: render errors (React) and task errors (reported through
 * useReportError, and unhandled promise rejections) show in a MessageBar with what to do next.
 */
export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = { error: null, fatal: false, hasError: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, fatal: true, hasError: true, retry: undefined };
  }

  private readonly report: ReportError = (error, retry) =>
    this.setState((state) => (state.fatal ? state : { error, fatal: false, hasError: true, retry }));

  private readonly onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    this.report(e.reason);
  };

  /** Errors thrown in event handlers escape React's boundaries; they end up here too. */
  private readonly onWindowError = (e: ErrorEvent) => {
    if (this.state.fatal) return;
    this.report(e.error ?? e.message);
  };

  override componentDidMount(): void {
    window.addEventListener("unhandledrejection", this.onRejection);
    window.addEventListener("error", this.onWindowError);
  }

  override componentWillUnmount(): void {
    window.removeEventListener("unhandledrejection", this.onRejection);
    window.removeEventListener("error", this.onWindowError);
  }

  private readonly dismiss = () => this.setState({ error: null, hasError: false, retry: undefined });

  private readonly retry = () => {
    const retry = this.state.retry;
    this.dismiss();
    retry?.();
  };

  override render(): React.ReactNode {
    const { strings, children } = this.props;
    const { hasError, error, fatal, retry } = this.state;
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <ReportErrorContext.Provider value={this.report}>
        {hasError && (
          <ErrorMessage
            strings={strings}
            lang={this.props.lang}
            error={error}
            fatal={fatal}
            onDismiss={this.dismiss}
            onRetry={retry ? this.retry : undefined}
            onReload={reload}
          />
        )}
        {!fatal && children}
      </ReportErrorContext.Provider>
    );
  }
}
