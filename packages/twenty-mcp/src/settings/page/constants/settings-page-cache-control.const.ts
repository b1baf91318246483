export const SETTINGS_PAGE_CACHE_CONTROL = {
  // Vite puts a content hash in every file name under assets/.
  hashedAsset: 'public, max-age=31536000, immutable',
  // index.html names the current hashes: always revalidated.
  page: 'no-cache',
  error: 'no-store',
} as const;
