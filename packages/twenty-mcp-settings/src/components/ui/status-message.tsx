import { type ReactNode } from 'react';

// A polite live region. It is always rendered: screen readers announce
// changes to a region that already exists, not a region that appears.
export const StatusMessage = ({
  children,
  tone = 'neutral',
}: {
  children?: ReactNode;
  tone?: 'neutral' | 'success';
}) => (
  <p role="status" className={`status-message status-${tone}`}>
    {children}
  </p>
);
