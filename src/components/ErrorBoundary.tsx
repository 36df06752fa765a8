import { printable } from "../data/printable.ts";
import { Component, type ReactNode } from "react";

interface ErrorBoundaryProps {
  /** What the view is, for the message: "the chart". */
  readonly name: string;
  readonly children: ReactNode;
  /** When any of these change, the view tries again by itself (new data, other filters). */
  readonly resetKeys?: readonly unknown[];
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
    return changed ? { error: null, keys: props.resetKeys } : null;
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-screen" role="alert">
        <h2>Something went wrong showing {this.props.name}</h2>
        <p>{printable(error.message, 400)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
