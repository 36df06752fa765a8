interface ErrorScreenProps {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: (() => void) | undefined;
}

export function ErrorScreen({ title, message, onRetry }: ErrorScreenProps) {
  return (
    <div className="error-screen" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
