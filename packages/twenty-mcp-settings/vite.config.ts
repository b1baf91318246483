import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Where `vite` (the dev server) serves the page; a host started with
// `npm start` answers the API behind it.
const DEV_SETTINGS_PATH = '/settings/mcp/';
const DEV_API_ORIGIN = 'http://127.0.0.1:3100';

// The module injects <base href="<settingsPath>/"> when it serves the page;
// the dev server does the same, so the page finds its routes and API alike.
const devBaseHref = (): Plugin => ({
  name: 'twenty-mcp-dev-base-href',
  apply: 'serve',
  transformIndexHtml: () => [
    {
      tag: 'base',
      attrs: { href: DEV_SETTINGS_PATH },
      injectTo: 'head-prepend',
    },
  ],
});

// Built asset URLs are relative: the module may serve the page at any
// settingsPath, and the <base> it injects anchors them.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? './' : DEV_SETTINGS_PATH,
  plugins: [react(), devBaseHref()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URLs: the page's Content-Security-Policy allows 'self' only.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      [`${DEV_SETTINGS_PATH}graphql`]: {
        target: DEV_API_ORIGIN,
        // The API refuses changes from origins it does not know; the dev
        // server's page is this proxy's own, so it goes without one.
        configure: (proxy) =>
          proxy.on('proxyReq', (proxyRequest) =>
            proxyRequest.removeHeader('origin'),
          ),
      },
    },
  },
}));
