import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SettingsPageServer } from '../settings-page-server';

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="./assets/index-Ab12.js"></script></head><body><div id="root"></div></body></html>';

// The page server behind a real HTTP server, over a build in a temporary
// directory; what it does not serve falls through to a marker answer.
const listen = async (distDir: string | null) => {
  const sut = new SettingsPageServer({
    settingsPath: '/settings/mcp',
    distDir,
  });
  const server = createServer((req, res) =>
    sut.handle(req, res, () => {
      res.writeHead(299).end('next');
    }),
  );

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  return {
    server,
    url: (path: string) =>
      `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
  };
};

const close = (server: Server) =>
  new Promise<void>((done) => server.close(() => done()));

describe('SettingsPageServer', () => {
  let root: string;
  let distDir: string;
  let server: Server;
  let url: (path: string) => string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'settings-page-'));
    distDir = join(root, 'dist');
    await mkdir(join(distDir, 'assets'), { recursive: true });
    await writeFile(join(distDir, 'index.html'), INDEX_HTML);
    await writeFile(join(distDir, 'assets', 'index-Ab12.js'), 'export {};\n');
    await writeFile(join(distDir, 'assets', 'index-Cd34.css'), 'a{}\n');
    await writeFile(join(distDir, 'robots.txt'), 'User-agent: *\n');
    await writeFile(join(root, 'outside-secret.txt'), 'secret\n');
    ({ server, url } = await listen(distDir));
  });

  afterAll(async () => {
    await close(server);
    await rm(root, { recursive: true, force: true });
  });

  it('should serve index.html with a <base> at the settings path for every client-side route', async () => {
    for (const path of [
      '/settings/mcp',
      '/settings/mcp/',
      '/settings/mcp/tokens',
      '/settings/mcp/preview?role=x',
    ]) {
      const response = await fetch(url(path));

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'text/html; charset=utf-8',
      );
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain(
        '<head><base href="/settings/mcp/" /><script type="module" src="./assets/index-Ab12.js">',
      );
    }
  });

  it('should send a strict Content-Security-Policy with no inline script or style', async () => {
    const response = await fetch(url('/settings/mcp/tokens'));
    const policy = response.headers.get('content-security-policy') ?? '';

    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('should serve hashed assets as immutable with their content type', async () => {
    const script = await fetch(url('/settings/mcp/assets/index-Ab12.js'));
    const style = await fetch(url('/settings/mcp/assets/index-Cd34.css'));

    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(script.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(await script.text()).toBe('export {};\n');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('should revalidate files without a hash', async () => {
    const response = await fetch(url('/settings/mcp/robots.txt'));

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('should answer 404, not the page, for a missing file', async () => {
    const response = await fetch(url('/settings/mcp/assets/missing-Zz99.js'));

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(
      'text/plain; charset=utf-8',
    );
  });

  it('should not serve a file outside the build', async () => {
    const response = await fetch(
      url('/settings/mcp/assets/..%2F..%2Foutside-secret.txt'),
    );

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('should answer HEAD with headers only', async () => {
    const response = await fetch(url('/settings/mcp/assets/index-Ab12.js'), {
      method: 'HEAD',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('11');
    expect(await response.text()).toBe('');
  });

  it('should pass the settings API, other methods and other paths on', async () => {
    for (const [path, method] of [
      ['/settings/mcp/graphql', 'GET'],
      ['/settings/mcp/graphql', 'POST'],
      ['/settings/mcp/tokens', 'POST'],
      ['/mcp', 'GET'],
    ] as const) {
      const response = await fetch(url(path), { method });

      expect(response.status).toBe(299);
    }
  });

  it('should answer 503 saying how to build when the page is not built', async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'settings-page-empty-'));
    const unbuilt = await listen(emptyDir);

    try {
      const response = await fetch(unbuilt.url('/settings/mcp/tokens'));

      expect(response.status).toBe(503);
      expect(await response.text()).toContain(
        'npx nx run twenty-mcp-settings:build',
      );
    } finally {
      await close(unbuilt.server);
      await rm(emptyDir, { recursive: true, force: true });
    }
  });

  it('should answer 503 saying what to install when the page package is missing', async () => {
    const missing = await listen(null);

    try {
      const response = await fetch(missing.url('/settings/mcp'));

      expect(response.status).toBe(503);
      expect(await response.text()).toContain(
        '@twenty-mcp/twenty-mcp-settings',
      );
    } finally {
      await close(missing.server);
    }
  });
});
