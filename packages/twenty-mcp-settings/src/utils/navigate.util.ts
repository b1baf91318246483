import { NAVIGATION_EVENT } from '../constants/navigation-event.const';
import { getBasePath } from './get-base-path.util';

// Client-side navigation to a route relative to the settings path.
export const navigate = (routePath: string): void => {
  const pathname = `${getBasePath()}${routePath}`;

  if (pathname !== window.location.pathname) {
    window.history.pushState(null, '', pathname);
    window.dispatchEvent(new Event(NAVIGATION_EVENT));
  }
};
