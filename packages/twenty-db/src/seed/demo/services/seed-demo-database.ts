import { type ClientBase } from 'pg';

import { applyCoreSchema } from '../../../core/services/apply-core-schema';
import { withTransaction } from '../../../database/utils/with-transaction.util';
import { FIXTURE_MARKER } from '../../../fixture/constants/fixture-marker.const';
import { writeFixtureMarker } from '../../../fixture/services/fixture-marker';
import { generateAppSecret } from '../../../fixture/utils/generate-app-secret.util';
import { createWorkspace } from '../../../workspace/services/create-workspace';
import { seedSigningKeys } from '../../../signing-keys/services/seed-signing-keys';
import { seedWorkspaceAccess } from '../../access/services/seed-workspace-access';
import { type WorkspaceAccessSeed } from '../../access/types/workspace-access-seed.type';
import {
  buildDemoAccess,
  buildSecondWorkspaceAccess,
} from '../constants/demo-access.const';
import {
  DEMO_WORKSPACE,
  type DemoWorkspaceSpec,
  SECOND_WORKSPACE,
} from '../constants/demo-workspaces.const';
import { SUBSCRIPTION_OBJECT } from '../objects/subscription.object';
import { SUPPORT_TICKET_OBJECT } from '../objects/support-ticket.object';
import { type SeededWorkspace } from '../types/demo-database.type';
import { seedCrmRecords } from './seed-crm-records';

export type SeedDemoOptions = {
  seed?: number;
  appSecret?: string;
  // Dates (close dates, due dates…) are spread around this day.
  referenceDate?: Date;
  onProgress?: (message: string) => void;
};

export const startOfUtcDay = (date: Date): Date =>
  new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
  );

const seedWorkspace = async (
  client: ClientBase,
  spec: DemoWorkspaceSpec,
  accessSeed: WorkspaceAccessSeed,
  {
    seed,
    referenceDate,
    order,
  }: { seed: number; referenceDate: Date; order: number },
): Promise<SeededWorkspace> => {
  const workspace = await createWorkspace(client, {
    id: spec.id,
    displayName: spec.displayName,
    subdomain: spec.subdomain,
    customObjects: spec.withCustomObjects
      ? [SUBSCRIPTION_OBJECT, SUPPORT_TICKET_OBJECT]
      : [],
    // Workspaces are listed by creation time: the demo one first.
    createdAt: new Date(referenceDate.getTime() + order * 1000),
  });

  return withTransaction(client, async () => {
    const access = await seedWorkspaceAccess(client, workspace, accessSeed, {
      now: referenceDate,
    });

    await seedCrmRecords(client, {
      workspace,
      spec,
      members: access.users.map((user) => ({
        id: user.workspaceMemberId,
        name: user.name,
      })),
      seed,
      referenceDate,
    });

    return { ...workspace, displayName: spec.displayName, access };
  });
};

// Lays out Twenty's core schema in an empty database and seeds the demo
// workspace and the second workspace, deterministically from `seed`.
export const seedDemoDatabase = async (
  client: ClientBase,
  {
    seed = 42,
    appSecret = generateAppSecret(),
    referenceDate = startOfUtcDay(new Date()),
    onProgress,
  }: SeedDemoOptions = {},
): Promise<SeededWorkspace[]> => {
  onProgress?.('Creating Twenty core schema');
  await applyCoreSchema(client);
  await seedSigningKeys(client, { appSecret, now: referenceDate });

  const workspaces: SeededWorkspace[] = [];

  for (const [spec, access] of [
    [DEMO_WORKSPACE, buildDemoAccess(referenceDate)],
    [SECOND_WORKSPACE, buildSecondWorkspaceAccess(referenceDate)],
  ] as const) {
    onProgress?.(`Seeding workspace "${spec.displayName}"`);
    workspaces.push(
      await seedWorkspace(client, spec, access, {
        seed,
        referenceDate,
        order: workspaces.length,
      }),
    );
  }

  await writeFixtureMarker(client, {
    layoutVersion: FIXTURE_MARKER.layoutVersion,
    appSecret,
    seed,
    referenceDate: referenceDate.toISOString(),
    createdAt: new Date().toISOString(),
    apiKeySecretTypes: Object.fromEntries(
      workspaces.flatMap((workspace) =>
        workspace.access.apiKeys.map((apiKey) => [
          apiKey.id,
          apiKey.secretType,
        ]),
      ),
    ),
  });

  return workspaces;
};
