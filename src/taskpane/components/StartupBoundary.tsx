import * as React from "react";

interface Props {
  /** Told of an error that escaped the pane's own boundary (the App's): the pane could not draw. */
  onError: (error: unknown) => void;
  children: React.ReactNode;
}

/**
 * Around the whole pane: an error in the provider or in the App outside its own ErrorBoundary
 * would otherwise leave React with nothing to show, a blank pane. Renders nothing then and hands
 * the error on, to be shown without React.
 */
export class StartupBoundary extends React.Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render(): React.ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
