import { type Client } from '@modelcontextprotocol/client';

import { type TestApp } from '../../../utils/start-test-app';
import {
  type GraphqlReply,
  settingsGraphql,
  signInAs,
} from '../../utils/settings-graphql';
import { type E2eApp, useTestApp } from '../../utils/use-test-app';

export const ISSUE = `mutation ($input: IssueMcpTokenInput!) {
  issueMcpToken(input: $input) { token record { id name displayPrefix status scopes objectIds role { label } } }
}`;
export const OBJECTS = `{ mcpObjects { objectId nameSingular isCustom isCustomized canRead canCreate canUpdate canDelete fields { fieldId name isHidden } } }`;
export const UPDATE_EXPOSURE = `mutation ($input: UpdateObjectExposureInput!) {
  updateObjectExposure(input: $input) { nameSingular isCustomized canRead canCreate canUpdate canDelete fields { name isHidden } }
}`;

export type ObjectRow = {
  objectId: string;
  nameSingular: string;
  isCustom: boolean;
  isCustomized: boolean;
  fields: { fieldId: string; name: string; isHidden: boolean }[];
};

export const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;

  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }

    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

export type SettingsApi = {
  e2e: E2eApp;
  // Filled in before the tests: the app, and a settings credential of
  // Priya, whose role (Developer) holds the API keys permission flag.
  server: TestApp;
  admin: string;
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<GraphqlReply<T>>;
  // The SDK client, closed after the file.
  connect: (
    token: string,
    mode?: 'legacy' | 'auto',
    onToolsChanged?: () => void,
  ) => Promise<Client>;
  // The objects find_records offers.
  objectEnum: (client: Client) => Promise<string[]>;
  roleId: (label: string) => Promise<string>;
  objects: () => Promise<ObjectRow[]>;
  issue: (input: Record<string, unknown>) => Promise<{
    token: string;
    record: { id: string; status: string; scopes: string[] };
  }>;
};

// The file's app, signed in to its settings API, and the calls the admin
// controls tests share.
export const useSettingsApi = (): SettingsApi => {
  const e2e = useTestApp({}, { name: 'admin-controls-auto', mode: 'auto' });

  const gql = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string = api.admin,
  ) => settingsGraphql<T>(api.server.url, query, variables, token);

  const connect = (
    token: string,
    mode: 'legacy' | 'auto' = 'auto',
    onToolsChanged?: () => void,
  ) =>
    e2e.connect(token, {
      name: `admin-controls-${mode}`,
      mode,
      onToolsListChanged: onToolsChanged,
    });

  const objectEnum = async (client: Client) => {
    const { tools } = await client.listTools();
    const find = tools.find((tool) => tool.name === 'find_records');

    return (
      (find?.inputSchema.properties as Record<string, { enum?: string[] }>)
        ?.object?.enum ?? []
    );
  };

  const roleId = async (label: string) => {
    const reply = await gql<{ mcpRoles: { id: string; label: string }[] }>(
      `{ mcpRoles { id label } }`,
    );

    return reply.data!.mcpRoles.find((role) => role.label === label)!.id;
  };

  const objects = async () =>
    (await gql<{ mcpObjects: ObjectRow[] }>(OBJECTS)).data!.mcpObjects;

  const issue = async (input: Record<string, unknown>) => {
    const reply = await gql<{
      issueMcpToken: {
        token: string;
        record: { id: string; status: string; scopes: string[] };
      };
    }>(ISSUE, { input });

    if (!reply.data) {
      throw new Error(JSON.stringify(reply.errors));
    }

    return reply.data.issueMcpToken;
  };

  const api = {
    e2e,
    gql,
    connect,
    objectEnum,
    roleId,
    objects,
    issue,
  } as SettingsApi;

  beforeAll(async () => {
    api.server = e2e.server;
    // Priya's role (Developer) holds the API keys permission flag.
    api.admin = await signInAs(e2e.server.url, 'priya.patel@northwind.test');
  });

  return api;
};
