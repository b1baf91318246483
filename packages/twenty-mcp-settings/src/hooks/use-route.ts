import { useSyncExternalStore } from 'react';

import { NAVIGATION_EVENT } from '../constants/navigation-event.const';
import { getBasePath } from '../utils/get-base-path.util';
import { getRoutePath } from '../utils/get-route-path.util';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATION_EVENT, onChange);

  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATION_EVENT, onChange);
  };
};

const getPathname = () => window.location.pathname;

export const useRoute = (): { routePath: string; basePath: string } => {
  const pathname = useSyncExternalStore(subscribe, getPathname);
  const basePath = getBasePath();

  return { routePath: getRoutePath({ pathname, basePath }), basePath };
};
