import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import { DEMO_USER_PASSWORD, DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { MCP_TOKEN_FORMAT } from '@twenty-mcp/twenty-mcp';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
} from 'playwright-core';

import {
  demoTokens,
  startTwentyOAuthServer,
  type TwentyOAuthServer,
} from '@twenty-mcp/twenty-db/testing';

import { type ServerConfig } from '../src/config/server-config.type';
import { startTestServer, type TestServer } from './utils/start-test-server';
import { initializeRequest, postMcp } from './utils/post-mcp';

// Debian's chromium (tools/test/ensure-debian-packages.sh installs it).
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPOSITORY_ROOT = join(__dirname, '../../..');
// Kept out of git (.gitignore: screenshots/); printed after the run.
const SCREENSHOT_DIR = join(__dirname, 'screenshots');
const TOKEN_NAME = 'E2E browser client';
const STEP_TIMEOUT_MS = 60_000;

const DEVELOPER = { email: 'priya.patel@northwind.test', name: 'Priya Patel' };
const MEMBER = { email: 'sam.chen@northwind.test' };

// A control without an accessible name, in Playwright's ARIA snapshot: the
// role is not followed by a quoted name.
const UNNAMED_CONTROL =
  /^\s*- (button|link|textbox|searchbox|checkbox|radio|switch|combobox|spinbutton|slider)(?! ")/;

type TabCheck = { key: string; hasOutline: boolean };
type TabProbeWindow = Window & { tabChecks?: TabCheck[] };

// The page as `npm start` serves it: built by the same Nx target (cached
// when the sources did not change).
const buildSettingsPage = () =>
  execFileSync(
    'npx',
    ['nx', 'run', 'twenty-mcp-settings:build', '--output-style=static'],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: 'pipe',
    },
  );

// A host serving the freshly built page, for one describe's configuration.
const startPageHost = (overrides: Partial<ServerConfig> = {}) => {
  buildSettingsPage();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return startTestServer(overrides);
};

const launchBrowser = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });

const screenshot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });

const signIn = async (page: Page, url: string, email: string) => {
  await page.goto(url);
  await page
    .getByRole('heading', { name: 'Sign in to MCP settings' })
    .waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_USER_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
};

const goTo = async (page: Page, link: string, heading: string) => {
  await page
    .getByRole('navigation', { name: 'MCP settings' })
    .getByRole('link', { name: link })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
};

// The accessible names Chromium computes, as Playwright's ARIA snapshot
// reports them: every control must have one.
const findUnnamedControls = async (page: Page): Promise<string[]> =>
  (await page.locator('body').ariaSnapshot())
    .split('\n')
    .filter((line) => UNNAMED_CONTROL.test(line));

// Presses Tab from the top of the page until every visible control was
// focused at least once (a radio group counts once: Tab enters it at its
// checked radio), noting whether each showed a focus outline.
const checkKeyboardReach = async (page: Page) => {
  const expected = await page.evaluate(() => {
    const keys = new Set<string>();
    const probe = window as TabProbeWindow;

    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]',
      ),
    ]
      .filter(
        (element) =>
          element.tabIndex >= 0 &&
          !element.matches(':disabled') &&
          // Not hidden, nor inside a closed <details>.
          element.checkVisibility({ visibilityProperty: true }),
      )
      .forEach((element, index) => {
        const key =
          element instanceof HTMLInputElement && element.type === 'radio'
            ? `radio ${element.name}`
            : `${element.tagName.toLowerCase()} #${index} ${(element.textContent ?? '').trim().slice(0, 40)}`;

        element.dataset.tabKey = key;
        keys.add(key);
      });

    probe.tabChecks = [];
    document.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      const style = getComputedStyle(target);

      probe.tabChecks?.push({
        key: target.dataset.tabKey ?? '',
        hasOutline:
          style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      });
    });

    return [...keys];
  });

  // A click on the page's top-left corner (no control there) moves the
  // sequential focus starting point to the top of the document.
  await page.mouse.click(1, 1);

  // Chromium stops at each part of a date input (month, day, year): more
  // presses than controls; extra ones wrap round to the top again.
  for (let press = 0; press < expected.length * 2 + 5; press++) {
    await page.keyboard.press('Tab');
  }

  const reached = await page.evaluate(
    () => (window as TabProbeWindow).tabChecks ?? [],
  );
  const reachedKeys = new Set(reached.map((check) => check.key));

  return {
    expected,
    unreached: expected.filter((key) => !reachedKeys.has(key)),
    withoutOutline: reached
      .filter((check) => check.key && !check.hasOutline)
      .map((check) => check.key),
  };
};

const connectClient = async (url: string, token: string) => {
  const client = new Client({ name: 'settings-page-e2e', version: '1.0.0' });

  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );

  return client;
};

const findRecordsObjects = async (client: Client): Promise<string[]> => {
  const { tools } = await client.listTools();
  const findRecords = tools.find((tool) => tool.name === 'find_records');
  const properties = findRecords?.inputSchema.properties as
    { object?: { enum?: string[] } } | undefined;

  return properties?.object?.enum ?? [];
};

const describedFieldNames = async (client: Client, object: string) => {
  const result = await client.callTool({
    name: 'describe_object',
    arguments: { object },
  });

  return (
    result.structuredContent as { fields: { name: string }[] }
  ).fields.map((field) => field.name);
};

const postInitialize = (url: string, token: string) =>
  postMcp(url, token, initializeRequest('settings-page-e2e'));

describe('settings page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let settingsUrl: string;
  let adminKey: string;
  let issuedToken: string;
  let client: Client | undefined;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    server = await startPageHost();
    settingsUrl = new URL('/settings/mcp', server.url).href;
    adminKey = (await demoTokens(server.database.databaseUrl))['MCP - admin'];
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(server.url).origin,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => browserErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        browserErrors.push(message.text());
      }
    });
  }, 180_000);

  afterAll(async () => {
    await client?.close();
    await browser?.close();
    await server?.stopAll();
    console.log(`Settings page screenshots: ${SCREENSHOT_DIR}`);
  }, 60_000);

  it(
    'should serve the page under a strict CSP at the settings path and its routes, and leave /graphql to the API',
    async () => {
      const response = await fetch(`${settingsUrl}/exposure`);
      const policy = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      const asset = await fetch(`${settingsUrl}/${script}`);
      const api = await fetch(`${settingsUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });

      expect(response.status).toBe(200);
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(html).toContain('<base href="/settings/mcp/" />');
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('text/javascript');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(api.headers.get('content-type')).toContain('json');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should sign in a Developer with email and password',
    async () => {
      await page.goto(settingsUrl);
      await page
        .getByRole('heading', { name: 'Sign in to MCP settings' })
        .waitFor();
      await screenshot(page, '01-sign-in');
      await signIn(page, settingsUrl, DEVELOPER.email);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

      const sidebar = await page.locator('aside').innerText();

      expect(sidebar).toContain(DEVELOPER.name);
      expect(sidebar).toContain('Developer · Northwind Traders');
      // No token issued in this tab yet: a placeholder.
      expect(
        await page.locator('[data-client="claude-code"] pre').innerText(),
      ).toBe(
        `claude mcp add --transport http twenty ${server.url} --header "Authorization: Bearer <token>"`,
      );
      // Erasure: the default, every Emails and Phones field outside People.
      expect(
        await page
          .getByRole('checkbox', {
            name: 'Subscription: Billing emails emails',
          })
          .isChecked(),
      ).toBe(true);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should switch MCP off and on for the workspace, and clients follow',
    async () => {
      const toggle = page.getByRole('switch', {
        name: 'Serve MCP for this workspace',
      });

      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      expect((await postInitialize(server.url, adminKey)).status).toBe(200);

      await toggle.click();
      await page
        .getByText('Saved: MCP is off for Northwind Traders.')
        .waitFor();

      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      expect((await postInitialize(server.url, adminKey)).status).toBe(403);

      await toggle.press('Space');
      await page.getByText('Saved: MCP is on for Northwind Traders.').waitFor();

      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      expect((await postInitialize(server.url, adminKey)).status).toBe(200);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should issue a token shown once, which the official SDK client then uses',
    async () => {
      await goTo(page, 'Tokens', 'Tokens');
      const role = page.getByLabel('Role', { exact: true });

      // A Developer is offered only roles within her own rights, the least
      // privileged first, and a token that expires.
      expect(await role.locator('option').allInnerTexts()).not.toContain(
        'Admin',
      );
      expect(
        await role.evaluate(
          (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent,
        ),
      ).toBe('Read-only');
      expect(await page.getByLabel('Expires on').inputValue()).not.toBe('');
      await page.getByLabel('Name', { exact: true }).fill(TOKEN_NAME);
      await role.selectOption({ label: 'Developer' });
      await page.getByRole('checkbox', { name: 'Write', exact: true }).check();
      await screenshot(page, '03-tokens-issue-form');
      await page.getByRole('button', { name: 'Issue token' }).click();
      await page
        .getByRole('heading', { name: `Token “${TOKEN_NAME}” issued` })
        .waitFor();

      issuedToken = await page.getByLabel('New token').inputValue();

      expect(issuedToken).toMatch(MCP_TOKEN_FORMAT.pattern);
      expect(await page.locator('.issued-token').innerText()).toContain(
        'it will not be shown again',
      );
      await screenshot(page, '04-tokens-issued-once');

      await page.getByRole('button', { name: 'Copy new token' }).click();
      await page.getByRole('button', { name: 'Copied new token' }).waitFor();

      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        issuedToken,
      );

      client = await connectClient(server.url, issuedToken);

      expect(await findRecordsObjects(client)).toEqual(
        expect.arrayContaining(['person', 'company', 'opportunity']),
      );

      await page.getByRole('button', { name: 'I have copied it' }).click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should fill the token just issued into the client configurations',
    async () => {
      await goTo(page, 'Overview', 'Overview');

      expect(await page.getByLabel('Endpoint URL').inputValue()).toBe(
        server.url,
      );
      expect(
        await page.locator('[data-client="claude-code"] pre').innerText(),
      ).toBe(
        `claude mcp add --transport http twenty ${server.url} --header "Authorization: Bearer ${issuedToken}"`,
      );
      expect(
        JSON.parse(
          await page.locator('[data-client="vscode"] pre').innerText(),
        ),
      ).toEqual({
        servers: {
          twenty: {
            type: 'http',
            url: server.url,
            headers: { Authorization: `Bearer ${issuedToken}` },
          },
        },
      });
      expect(
        JSON.parse(
          await page.locator('[data-client="claude-desktop"] pre').innerText(),
        ).mcpServers.twenty.env,
      ).toEqual({ TWENTY_AUTH_HEADER: `Bearer ${issuedToken}` });
      await screenshot(page, '02-overview');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should list the token by its prefix and never show it again',
    async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

      expect(
        await page.locator('[data-client="claude-code"] pre').innerText(),
      ).toContain('Bearer <token>');

      await goTo(page, 'Tokens', 'Tokens');
      const row = page.locator('tr', { hasText: TOKEN_NAME });

      await row.waitFor();

      expect(await row.innerText()).toContain('Active');
      expect(await row.innerText()).toContain(
        issuedToken.slice(0, MCP_TOKEN_FORMAT.displayLength),
      );
      expect(await page.content()).not.toContain(issuedToken);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "should hide an object and a field in the exposure grid, and the client's next tools/list loses them",
    async () => {
      await goTo(page, 'Exposure', 'Exposure');
      await page.getByLabel('Search objects').fill('opportun');
      await page.getByText(/^1 of \d+ objects$/).waitFor();
      const opportunities = page.locator('tr[data-object="opportunity"]');

      await page
        .getByRole('checkbox', { name: 'Read Opportunities' })
        .uncheck();
      await page.getByText('Saved Opportunities.', { exact: true }).waitFor();

      expect(await opportunities.innerText()).toContain('Customized');
      // The others need read: they went off with it.
      for (const operation of ['Create', 'Update', 'Delete']) {
        expect(
          await page
            .getByRole('checkbox', { name: `${operation} Opportunities` })
            .isChecked(),
        ).toBe(false);
      }
      expect(await findRecordsObjects(client!)).not.toContain('opportunity');

      // A field: People → Job Title.
      await page.getByLabel('Search objects').fill('people');
      const people = page.locator('tr[data-object="person"]');

      expect(await describedFieldNames(client!, 'person')).toContain(
        'jobTitle',
      );
      await people
        .getByRole('button', { name: 'All visible, fields of People' })
        .click();
      await page
        .getByRole('group', { name: 'Fields of People AI clients can see' })
        .getByRole('checkbox', { name: /^Job Title/ })
        .uncheck();
      await page.getByText('Saved People.', { exact: true }).waitFor();

      expect(await people.innerText()).toContain('1 hidden');
      expect(await describedFieldNames(client!, 'person')).not.toContain(
        'jobTitle',
      );
      await screenshot(page, '05-exposure');

      // Back to the defaults: both return.
      await people
        .getByRole('button', { name: 'Reset People to the default' })
        .click();
      await page
        .getByText('People reset to the default: every operation and field.', {
          exact: true,
        })
        .waitFor();
      await page.getByLabel('Search objects').fill('opportun');
      await page
        .getByRole('button', { name: 'Reset Opportunities to the default' })
        .click();
      await page
        .getByText(
          'Opportunities reset to the default: every operation and field.',
          {
            exact: true,
          },
        )
        .waitFor();

      expect(
        await page
          .getByRole('checkbox', { name: 'Read Opportunities' })
          .isChecked(),
      ).toBe(true);
      expect(await findRecordsObjects(client!)).toContain('opportunity');
      expect(await describedFieldNames(client!, 'person')).toContain(
        'jobTitle',
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should preview exactly the tools a client with that role and scopes lists',
    async () => {
      await goTo(page, 'What the AI sees', 'What the AI sees');
      await page
        .getByLabel('Role', { exact: true })
        .selectOption({ label: 'Developer' });
      await page.getByRole('checkbox', { name: 'Write', exact: true }).check();
      await page.getByRole('button', { name: 'Show the tools' }).click();
      await page.getByText(/\d+ tools · [\d,.\s]+ tokens/).waitFor();

      const { tools } = await client!.listTools();
      const shown = await page.locator('.tool-name').allInnerTexts();

      expect(shown).toEqual(tools.map((tool) => tool.name));

      await page.getByText('Raw tools/list JSON').click();
      const raw = JSON.parse(
        await page.getByRole('region', { name: 'tools/list JSON' }).innerText(),
      ) as { tools: { name: string }[] };

      expect(raw.tools.map((tool) => tool.name)).toEqual(shown);
      await screenshot(page, '06-preview');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "should show the client's tool calls on the Activity page, filter them by tool, verify the chain and export CSV",
    async () => {
      await client!.callTool({
        name: 'find_records',
        arguments: { object: 'person', limit: 2 },
      });
      await client!.callTool({
        name: 'describe_object',
        arguments: { object: 'company' },
      });
      await client!.callTool({
        name: 'find_records',
        arguments: { object: 'company', limit: 1 },
      });

      const events = page.locator('table.audit-events tbody tr');
      const findRecordsRows = events.filter({ hasText: 'find_records' });

      // The trail is written after the reply (queued, then appended): the
      // page is opened again until both find_records calls are there.
      await goTo(page, 'Activity', 'Activity');
      for (let attempt = 0; attempt < 40; attempt++) {
        await events.first().waitFor();

        if ((await findRecordsRows.count()) >= 2) {
          break;
        }

        await page.waitForTimeout(250);
        await page.reload();
        await page
          .getByRole('heading', { level: 1, name: 'Activity' })
          .waitFor();
      }

      const firstRow = findRecordsRows.first();

      expect(await findRecordsRows.count()).toBe(2);
      expect(await firstRow.innerText()).toContain(TOKEN_NAME);
      expect(await firstRow.innerText()).toContain('MCP token');
      expect(await firstRow.innerText()).toContain('Succeeded');
      expect(await firstRow.innerText()).toContain('company');
      // describe_object ran earlier on person; this call was on company.
      expect(
        await events
          .filter({ hasText: 'describe_object' })
          .filter({ hasText: 'company' })
          .count(),
      ).toBe(1);

      // Today's bar holds at least these three calls.
      const bars = page.locator('figure.activity-chart svg g');
      const totals = (await bars.evaluateAll((groups) =>
        groups.map((group) => Number(group.getAttribute('data-total'))),
      )) as number[];

      expect(totals.at(-1)).toBeGreaterThanOrEqual(3);
      expect(
        await page
          .locator('figure.activity-chart rect.activity-bar-ok')
          .count(),
      ).toBeGreaterThan(0);
      await page
        .getByText(/^Verified: \d+ events checked through sequence \d+\.$/)
        .waitFor();
      await screenshot(page, '06b-activity');

      const filters = page.getByRole('form', { name: 'Activity filters' });

      await filters
        .getByLabel('Tool or action')
        .selectOption({ label: 'find_records' });
      await filters.getByRole('button', { name: 'Apply filters' }).click();
      await page.getByText('2 events shown, no older ones.').waitFor();

      expect(await events.count()).toBe(2);
      expect(
        (
          await page.locator('td[data-label="Tool or action"]').allInnerTexts()
        ).every((action) => action === 'find_records'),
      ).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const csv = await new Promise<string>((resolve, reject) => {
        download.createReadStream().then((stream) => {
          const chunks: Buffer[] = [];

          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString()));
          stream.on('error', reject);
        }, reject);
      });
      const [header, ...rows] = csv.trim().split('\r\n');

      expect(download.suggestedFilename()).toMatch(
        /^twenty-mcp-audit-\d{4}-\d{2}-\d{2}\.csv$/,
      );
      expect(header.split(',')).toEqual(
        expect.arrayContaining(['sequence', 'action', 'hash']),
      );
      expect(rows.filter((row) => row.includes(',find_records,'))).toHaveLength(
        2,
      );
      await page.getByText(/^Downloaded twenty-mcp-audit-.+\.csv\.$/).waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should revoke the token after a confirmation, and the client gets 401',
    async () => {
      await goTo(page, 'Tokens', 'Tokens');
      await page
        .getByRole('button', { name: `Revoke “${TOKEN_NAME}”`, exact: true })
        .click();
      const dialog = page.getByRole('dialog', {
        name: `Revoke “${TOKEN_NAME}”?`,
      });

      await dialog.waitFor();
      // The viewport: a full-page capture shifts the modal's backdrop.
      await screenshot(page, '07-tokens-revoke-dialog', false);
      await dialog.getByRole('button', { name: 'Revoke token' }).click();
      await page.getByText(`Token “${TOKEN_NAME}” revoked.`).waitFor();

      expect(
        await page.locator('tr', { hasText: TOKEN_NAME }).first().innerText(),
      ).toContain('Revoked');

      const refused = await postInitialize(server.url, issuedToken);

      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toContain(
        'invalid_token',
      );
      await expect(client!.listTools()).rejects.toThrow();
      await screenshot(page, '08-tokens-revoked');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should fit the tokens, exposure and activity tables on a 390 px phone screen',
    async () => {
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
      });
      const small = await phone.newPage();
      // How far the page and each table reach past the screen's width,
      // and the visible elements that do (to say what overflows).
      const overflow = () =>
        small.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          tables: [...document.querySelectorAll('table')].map(
            (table) =>
              Math.max(table.getBoundingClientRect().right, table.scrollWidth) -
              window.innerWidth,
          ),
          wide: [...document.querySelectorAll('body *')]
            .filter((element) => {
              const box = element.getBoundingClientRect();

              return (
                box.width > 1 &&
                box.right > window.innerWidth + 0.5 &&
                element.checkVisibility()
              );
            })
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`,
            ),
        }));

      try {
        await signIn(small, settingsUrl, DEVELOPER.email);
        await small
          .getByRole('heading', { level: 1, name: 'Overview' })
          .waitFor();
        await goTo(small, 'Tokens', 'Tokens');
        await small.locator('tr', { hasText: TOKEN_NAME }).first().waitFor();
        const tokens = await overflow();

        await screenshot(small, '12-tokens-390px');
        await goTo(small, 'Exposure', 'Exposure');
        await small.locator('tr[data-object="person"]').waitFor();
        const exposure = await overflow();

        await screenshot(small, '13-exposure-390px');
        await goTo(small, 'Activity', 'Activity');
        await small.locator('table.audit-events tbody tr').first().waitFor();
        await small.getByText(/^Verified: /).waitFor();
        const activity = await overflow();

        await screenshot(small, '13b-activity-390px');

        expect(tokens.tables).toHaveLength(1);
        expect(exposure.tables).toHaveLength(1);
        for (const measured of [tokens, exposure, activity]) {
          expect(measured.wide).toEqual([]);
          expect(measured.page).toBeLessThanOrEqual(0);
          expect(Math.max(...measured.tables)).toBeLessThanOrEqual(0);
        }
      } finally {
        await phone.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should name every control and reach each one by Tab with a visible focus ring',
    async () => {
      for (const [link, heading] of [
        ['Overview', 'Overview'],
        ['Tokens', 'Tokens'],
        ['Exposure', 'Exposure'],
        ['What the AI sees', 'What the AI sees'],
        ['Activity', 'Activity'],
      ]) {
        await page.goto(settingsUrl);
        await goTo(page, link, heading);
        await page.waitForLoadState('networkidle');

        expect({
          page: heading,
          unnamed: await findUnnamedControls(page),
        }).toEqual({ page: heading, unnamed: [] });

        const reach = await checkKeyboardReach(page);

        expect(reach.expected.length).toBeGreaterThan(5);
        expect({ page: heading, ...reach, expected: undefined }).toEqual({
          page: heading,
          unreached: [],
          withoutOutline: [],
          expected: undefined,
        });
      }
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'should sign out back to the sign-in form, which is keyboard accessible too',
    async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByText('You are signed out.').waitFor();

      expect(await findUnnamedControls(page)).toEqual([]);
      expect((await checkKeyboardReach(page)).unreached).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "should reuse Twenty's own session from its tokenPair cookie, until signed out here",
    async () => {
      const signedIn = (await (
        await fetch(`${settingsUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
            variables: {
              input: { email: DEVELOPER.email, password: DEMO_USER_PASSWORD },
            },
          }),
        })
      ).json()) as { data: { signIn: { accessToken: string } } };
      const twentyContext = await browser.newContext();
      const twentyPage = await twentyContext.newPage();

      try {
        // As Twenty's front end stores it (js-cookie, URI-encoded JSON).
        await twentyContext.addCookies([
          {
            name: 'tokenPair',
            value: encodeURIComponent(
              JSON.stringify({
                accessOrWorkspaceAgnosticToken: {
                  token: signedIn.data.signIn.accessToken,
                  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
                },
                refreshToken: { token: 'unused', expiresAt: '' },
              }),
            ),
            url: settingsUrl,
          },
        ]);
        await twentyPage.goto(`${settingsUrl}/tokens`);
        await twentyPage
          .getByRole('heading', { level: 1, name: 'Tokens' })
          .waitFor();

        expect(await twentyPage.locator('aside').innerText()).toContain(
          'Signed in through Twenty',
        );

        await twentyPage.getByRole('button', { name: 'Sign out' }).click();
        await twentyPage.getByText('You are signed out.').waitFor();
        await twentyPage.reload();
        await twentyPage
          .getByRole('heading', { name: 'Sign in to MCP settings' })
          .waitFor();
      } finally {
        await twentyContext.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'should tell a Member, after picking a workspace, that their role cannot manage API keys',
    async () => {
      const memberContext = await browser.newContext();
      const memberPage = await memberContext.newPage();

      try {
        await signIn(memberPage, settingsUrl, MEMBER.email);
        const picker = memberPage.getByRole('group', { name: 'Workspace' });

        await picker.waitFor();
        await screenshot(memberPage, '09-sign-in-workspace-picker');
        await picker.getByLabel('Northwind Traders').check();
        await memberPage.getByRole('button', { name: 'Continue' }).click();
        await memberPage
          .getByRole('heading', {
            name: 'You cannot manage MCP for this workspace',
          })
          .waitFor();

        expect(await memberPage.getByRole('alert').innerText()).toContain(
          'Your role cannot manage API keys',
        );
        await screenshot(memberPage, '10-forbidden');
      } finally {
        await memberContext.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it('should have run without script errors or CSP violations in the page', () => {
    expect(
      browserErrors.filter(
        (error) =>
          /Content Security Policy|Refused to/i.test(error) ||
          !/Failed to load resource/.test(error),
      ),
    ).toEqual([]);
  });
});

describe('settings page with the instance switch off', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startPageHost({ enabled: false });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stopAll();
  }, 60_000);

  it(
    'should still serve the page, telling the admin to set MCP_ENABLED=true',
    async () => {
      const page = await browser.newPage();

      await signIn(
        page,
        new URL('/settings/mcp', server.url).href,
        DEVELOPER.email,
      );
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

      // The host has no Redis here, so the events notice shows as well.
      expect(
        await page
          .getByRole('note')
          .filter({ hasText: 'MCP is switched off' })
          .innerText(),
      ).toContain('MCP_ENABLED=true');
      expect(
        await page
          .getByRole('note')
          .filter({ hasText: 'Records written through MCP' })
          .innerText(),
      ).toContain('REDIS_URL');
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(404);
      await screenshot(page, '11-overview-instance-off');
    },
    STEP_TIMEOUT_MS,
  );
});

// Users who sign in to Twenty with Google, Microsoft or SSO have no
// password: they sign in through Twenty's OAuth server (a stand-in of it
// here, built from Twenty's source; no twenty-server runs in these tests).
describe('settings page signing in with Twenty', () => {
  let twenty: TwentyOAuthServer;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    twenty = await startTwentyOAuthServer();
    server = await startPageHost({ twentyServerUrl: twenty.url });
    await twenty.useDatabase(server.database.databaseUrl, DEMO_WORKSPACE.id);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await twenty?.stop();
    await server?.stopAll();
  }, 60_000);

  it(
    'should take a user through Twenty and back, signed in, with the token out of the address bar',
    async () => {
      const page = await browser.newPage();
      const settingsUrl = new URL('/settings/mcp', server.url).href;

      twenty.signInAs(DEVELOPER.email);
      await page.goto(settingsUrl);
      await page
        .getByRole('heading', { name: 'Sign in to MCP settings' })
        .waitFor();
      await screenshot(page, '14-sign-in-with-twenty');
      // The password form stays as the fallback.
      await page.getByLabel('Email').waitFor();
      await page.getByRole('link', { name: 'Sign in with Twenty' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

      expect(await page.getByText(DEVELOPER.name).count()).toBeGreaterThan(0);
      expect(new URL(page.url()).hash).toBe('');
      expect(twenty.authorizations.at(-1)?.redirectUri).toBe(
        `${settingsUrl}/auth/twenty/callback`,
      );

      // Declined at Twenty: back on the sign-in page, told so.
      twenty.signInAs(null);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in with Twenty' }).click();
      await page
        .getByRole('heading', { name: 'Sign in to MCP settings' })
        .waitFor();

      expect(await page.getByRole('status').innerText()).toContain(
        'Signing in with Twenty was cancelled.',
      );
      await page.close();
    },
    STEP_TIMEOUT_MS,
  );
});
