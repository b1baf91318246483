import { type ReactNode } from 'react';

export const Badge = ({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'success' | 'warning' | 'danger' | 'accent';
}) => <span className={`badge badge-${tone}`}>{children}</span>;
