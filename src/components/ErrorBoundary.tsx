import { Component, type ReactNode } from "react";
import { retryViews } from "../onDemand.ts";
import { ErrorScreen } from "./ErrorScreen.tsx";

interface ErrorBoundaryProps {
  /** What the view is, for the message: "the chart". */
  readonly name: string;
  readonly children: ReactNode;
  /** When any of these change, the view tries again by itself (new data, other filters). */
  readonly resetKeys?: readonly unknown[];
  /** For a view that can be put away (the sources' panel): its error has a Close too. */
  readonly onClose?: () => void;
  /** Whether the error takes the focus as it shows (ErrorScreen). */
  readonly takesFocus?: () => boolean;
  /** Told as Try again is pressed, before the view renders again. */
  readonly onRetry?: () => void;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
  readonly keys: readonly unknown[] | undefined;
}

/** A crash inside one view shows a message with a way back, and the rest of the page keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    const changed =
      props.resetKeys !== undefined &&
      (state.keys === undefined ||
        props.resetKeys.length !== state.keys.length ||
        props.resetKeys.some((key, i) => !Object.is(key, state.keys?.[i])));
    // Tried again by itself (new data, another item), a view whose download failed fetches it again.
    if (changed && state.error) retryViews();
    return changed ? { error: null, keys: props.resetKeys } : null;
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorScreen
        title={`Something went wrong showing ${this.props.name}`}
        message={error.message}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ error: null });
        }}
        onClose={this.props.onClose}
        takesFocus={this.props.takesFocus}
      />
    );
  }
}
