import { type DynamicModule, Module } from '@nestjs/common';

import { AUTH_PORT } from '../../ports/auth.port';
import { DATABASE_POOLS_PORT } from '../../ports/database-pools.port';
import { METADATA_PORT } from '../../ports/metadata.port';
import { RECORDS_BACKEND_PORT } from '../../ports/records-backend.port';
import { SETTINGS_AUTH_PORT } from '../../ports/settings-auth.port';
import { TABLE_INDEXES_PORT } from '../../ports/table-indexes.port';
import { TWENTY_LAYOUT_PORT } from '../../ports/twenty-layout.port';
import { TwentyEventsPublisher } from './events/services/twenty-events.publisher';
import { PostgresRecordsAdapter } from './records/services/postgres-records.adapter';
import { PostgresAuthAdapter } from './services/postgres-auth.adapter';
import { PostgresLayoutAdapter } from './services/postgres-layout.adapter';
import { PostgresMetadataAdapter } from './services/postgres-metadata.adapter';
import { PostgresReadPool } from './services/postgres-read-pool.service';
import { PostgresSettingsAuthAdapter } from './services/postgres-settings-auth.adapter';
import { PostgresTableIndexesAdapter } from './services/postgres-table-indexes.adapter';
import { TwentyApplicationTokens } from './services/twenty-application-tokens.service';
import { WorkspaceSigningKeys } from './services/workspace-signing-keys.service';

// The sidecar back-end: the ports on Twenty's PostgreSQL layout through the
// host's TypeORM DataSource (config.dataSource), with Twenty's APP_SECRET
// for its tokens; it checks the database's layout at start-up. Another
// back-end is any module exporting the four required port tokens
// (TWENTY_LAYOUT_PORT, TABLE_INDEXES_PORT and DATABASE_POOLS_PORT are
// optional).
@Module({})
export class PostgresBackendModule {
  static register(config: DynamicModule): DynamicModule {
    return {
      module: PostgresBackendModule,
      imports: [config],
      providers: [
        WorkspaceSigningKeys,
        TwentyApplicationTokens,
        PostgresAuthAdapter,
        PostgresLayoutAdapter,
        PostgresMetadataAdapter,
        PostgresReadPool,
        PostgresRecordsAdapter,
        PostgresSettingsAuthAdapter,
        PostgresTableIndexesAdapter,
        TwentyEventsPublisher,
        { provide: AUTH_PORT, useExisting: PostgresAuthAdapter },
        { provide: TWENTY_LAYOUT_PORT, useExisting: PostgresLayoutAdapter },
        { provide: METADATA_PORT, useExisting: PostgresMetadataAdapter },
        { provide: RECORDS_BACKEND_PORT, useExisting: PostgresRecordsAdapter },
        {
          provide: SETTINGS_AUTH_PORT,
          useExisting: PostgresSettingsAuthAdapter,
        },
        {
          provide: TABLE_INDEXES_PORT,
          useExisting: PostgresTableIndexesAdapter,
        },
        { provide: DATABASE_POOLS_PORT, useExisting: PostgresReadPool },
      ],
      exports: [
        AUTH_PORT,
        METADATA_PORT,
        RECORDS_BACKEND_PORT,
        SETTINGS_AUTH_PORT,
        TWENTY_LAYOUT_PORT,
        TABLE_INDEXES_PORT,
        DATABASE_POOLS_PORT,
      ],
    };
  }
}
