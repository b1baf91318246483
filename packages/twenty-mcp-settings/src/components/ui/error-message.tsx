import { type ReactNode } from 'react';

export const ErrorMessage = ({
  children,
  onRetry,
}: {
  children: ReactNode;
  onRetry?: () => void;
}) => (
  <div role="alert" className="notice notice-error">
    <p>{children}</p>
    {onRetry && (
      <button
        type="button"
        className="button button-secondary"
        onClick={onRetry}
      >
        Try again
      </button>
    )}
  </div>
);
