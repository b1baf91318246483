// What a request under the settings path asks for.
export type SettingsPageTarget =
  // Not the page's: another route, or the settings API.
  | { kind: 'pass' }
  // A client-side route: index.html.
  | { kind: 'page' }
  | { kind: 'file'; relativePath: string; isHashedAsset: boolean }
  | { kind: 'not-found' };
