import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests: the whole page in happy-dom, the settings API faked at
// the fetch boundary (test/utils/fake-settings-api.ts).
export default defineConfig({
  plugins: [react()],
  // The fake API builds its schema from the documented contract.
  server: { fs: { allow: ['.', '../../docs'] } },
  test: {
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: { url: 'http://127.0.0.1:3100/settings/mcp/' },
    },
    include: ['src/**/__tests__/**/*.spec.{ts,tsx}'],
    setupFiles: ['./test/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
