import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { SETTINGS_PAGE_CACHE_CONTROL } from '../constants/settings-page-cache-control.const';
import { SETTINGS_PAGE_CONTENT_TYPES } from '../constants/settings-page-content-types.const';
import { SETTINGS_PAGE_SECURITY_HEADERS } from '../constants/settings-page-security-headers.const';
import { type SettingsPageTarget } from '../types/settings-page-target.type';
import { injectPageHead } from '../utils/inject-page-head.util';
import { resolveSettingsPageTarget } from '../utils/resolve-settings-page-target.util';

type PageRequest = IncomingMessage & { originalUrl?: string };

const NOT_INSTALLED =
  'The MCP settings page is not installed: add the @twenty-mcp/twenty-mcp-settings package next to @twenty-mcp/twenty-mcp.';
const NOT_BUILT =
  'The MCP settings page is not built yet. Run `npx nx run twenty-mcp-settings:build` (npm start and npm run build do it too), then reload.';

// Serves the built settings page (a Vite build) at settingsPath: files by
// name, every other path as index.html so client-side routes survive a
// reload. Reads from disk per request: a rebuild needs no restart.
export class SettingsPageServer {
  constructor(
    private readonly options: {
      settingsPath: string;
      // Null when the page package is not installed.
      distDir: string | null;
      // Told to the page in <meta> tags (name → content).
      meta?: Record<string, string>;
    },
  ) {}

  handle(req: PageRequest, res: ServerResponse, next: () => void): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return next();
    }

    // Express strips a mount path from req.url; originalUrl keeps it.
    const { pathname } = new URL(
      req.originalUrl ?? req.url ?? '/',
      'http://localhost',
    );
    const target = resolveSettingsPageTarget({
      pathname,
      settingsPath: this.options.settingsPath,
    });

    if (target.kind === 'pass') {
      return next();
    }

    this.serve(target, req, res).catch(() => {
      if (!res.headersSent) {
        this.sendText(req, res, 500, 'Internal error.');
      } else {
        res.destroy();
      }
    });
  }

  private async serve(
    target: Exclude<SettingsPageTarget, { kind: 'pass' }>,
    req: PageRequest,
    res: ServerResponse,
  ): Promise<void> {
    const { distDir, settingsPath } = this.options;

    if (!distDir) {
      return this.sendText(req, res, 503, NOT_INSTALLED);
    }

    if (target.kind === 'not-found') {
      return this.sendText(req, res, 404, 'Not found.');
    }

    if (target.kind === 'page') {
      const html = await readFile(join(distDir, 'index.html'), 'utf8').catch(
        () => null,
      );

      if (html === null) {
        return this.sendText(req, res, 503, NOT_BUILT);
      }

      return this.send(req, res, {
        status: 200,
        contentType: SETTINGS_PAGE_CONTENT_TYPES['.html'],
        cacheControl: SETTINGS_PAGE_CACHE_CONTROL.page,
        body: injectPageHead(html, {
          baseHref: `${settingsPath}/`,
          meta: this.options.meta,
        }),
      });
    }

    const root = resolve(distDir);
    const filePath = resolve(root, target.relativePath);
    const stats = filePath.startsWith(`${root}${sep}`)
      ? await stat(filePath).catch(() => null)
      : null;

    if (!stats?.isFile()) {
      return this.sendText(req, res, 404, 'Not found.');
    }

    res.writeHead(200, {
      ...SETTINGS_PAGE_SECURITY_HEADERS,
      'content-type':
        SETTINGS_PAGE_CONTENT_TYPES[extname(filePath).toLowerCase()] ??
        'application/octet-stream',
      'content-length': stats.size,
      'cache-control': target.isHashedAsset
        ? SETTINGS_PAGE_CACHE_CONTROL.hashedAsset
        : SETTINGS_PAGE_CACHE_CONTROL.page,
    });

    if (req.method === 'HEAD') {
      res.end();

      return;
    }

    await pipeline(createReadStream(filePath), res);
  }

  private sendText(
    req: PageRequest,
    res: ServerResponse,
    status: number,
    message: string,
  ): void {
    this.send(req, res, {
      status,
      contentType: SETTINGS_PAGE_CONTENT_TYPES['.txt'],
      cacheControl: SETTINGS_PAGE_CACHE_CONTROL.error,
      body: `${message}\n`,
    });
  }

  private send(
    req: PageRequest,
    res: ServerResponse,
    {
      status,
      contentType,
      cacheControl,
      body,
    }: {
      status: number;
      contentType: string;
      cacheControl: string;
      body: string;
    },
  ): void {
    res.writeHead(status, {
      ...SETTINGS_PAGE_SECURITY_HEADERS,
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'cache-control': cacheControl,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}
