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
      title="The dataset could not be loaded"
      message={error.message}
      onRetry={canRetry ? onRetry : undefined}
    />
  );
}
