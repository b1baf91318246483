export const LoadingState = ({ label = 'Loading…' }: { label?: string }) => (
  <p role="status" className="loading-state">
    {label}
  </p>
);
