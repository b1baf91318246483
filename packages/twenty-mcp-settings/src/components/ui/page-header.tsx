import { type ReactNode, useEffect, useRef } from 'react';

import { useDocumentTitle } from '../../hooks/use-document-title';

// The page title takes focus when a page appears, so keyboard and screen
// reader users land at the top of what changed.
export const PageHeader = ({
  title,
  description,
}: {
  title: string;
  description?: ReactNode;
}) => {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useDocumentTitle(title);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <header className="page-header">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {description && <p className="page-description">{description}</p>}
    </header>
  );
};
