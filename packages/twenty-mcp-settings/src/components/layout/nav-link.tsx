import { type MouseEvent, type ReactNode } from 'react';

import { navigate } from '../../utils/navigate.util';

// A real link (opens in a new tab, copyable) that navigates client-side on
// a plain click.
export const NavLink = ({
  basePath,
  routePath,
  isCurrent,
  children,
}: {
  basePath: string;
  routePath: string;
  isCurrent: boolean;
  children: ReactNode;
}) => {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(routePath);
  };

  return (
    <a
      className="nav-link"
      href={`${basePath}${routePath}`}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={handleClick}
    >
      {children}
    </a>
  );
};
