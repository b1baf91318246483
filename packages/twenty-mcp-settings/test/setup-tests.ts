import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

import { FakeSettingsApi } from './utils/fake-settings-api';

// happy-dom keeps one window per test file: each test starts from a fresh
// tab.
afterEach(() => {
  cleanup();

  for (const api of FakeSettingsApi.instances) {
    expect(
      api.contractViolations,
      'requests the documented settings API refuses',
    ).toEqual([]);
  }
  FakeSettingsApi.instances.clear();
  sessionStorage.clear();
  document.cookie = 'tokenPair=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  document.head
    .querySelectorAll('base, meta[name]')
    .forEach((element) => element.remove());
  window.history.replaceState(null, '', '/');
});
