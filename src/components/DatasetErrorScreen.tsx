import { DatasetError } from "../data/DatasetError.ts";
import { ErrorScreen } from "./ErrorScreen.tsx";

/** Why the dataset did not load; "Try again" where trying again can help (a failed request). */
export function DatasetErrorScreen({
  error,
  onRetry,
}: {
  readonly error: Error;
  readonly onRetry: () => void;
}) {
  const canRetry = !(error instanceof DatasetError) || error.retryable;
  return (
    <ErrorScreen
      // Not the dataset's fault when the page's own code failed (a chunk that did not arrive).
      title={
        error instanceof DatasetError ? "The dataset could not be loaded" : "The timeline could not be shown"
      }
      message={error.message}
      onRetry={canRetry ? onRetry : undefined}
    />
  );
}
