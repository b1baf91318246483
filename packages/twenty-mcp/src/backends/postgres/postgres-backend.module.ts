import { type DynamicModule, Module } from '@nestjs/common';

import { AUTH_PORT } from '../../ports/auth.port';
import { METADATA_PORT } from '../../ports/metadata.port';
import { RECORDS_BACKEND_PORT } from '../../ports/records-backend.port';
import { SETTINGS_AUTH_PORT } from '../../ports/settings-auth.port';
import { PostgresRecordsAdapter } from './records/services/postgres-records.adapter';
import { PostgresAuthAdapter } from './services/postgres-auth.adapter';
import { PostgresMetadataAdapter } from './services/postgres-metadata.adapter';
import { PostgresSettingsAuthAdapter } from './services/postgres-settings-auth.adapter';
import { WorkspaceSigningKeys } from './services/workspace-signing-keys.service';

// The sidecar back-end: the ports on Twenty's PostgreSQL layout through the
// host's TypeORM DataSource (config.dataSource), with Twenty's APP_SECRET
// for its tokens. Another back-end is any module exporting these four
// port tokens.
@Module({})
export class PostgresBackendModule {
  static register(config: DynamicModule): DynamicModule {
    return {
      module: PostgresBackendModule,
      imports: [config],
      providers: [
        WorkspaceSigningKeys,
        PostgresAuthAdapter,
        PostgresMetadataAdapter,
        PostgresRecordsAdapter,
        PostgresSettingsAuthAdapter,
        { provide: AUTH_PORT, useExisting: PostgresAuthAdapter },
        { provide: METADATA_PORT, useExisting: PostgresMetadataAdapter },
        { provide: RECORDS_BACKEND_PORT, useExisting: PostgresRecordsAdapter },
        {
          provide: SETTINGS_AUTH_PORT,
          useExisting: PostgresSettingsAuthAdapter,
        },
      ],
      exports: [
        AUTH_PORT,
        METADATA_PORT,
        RECORDS_BACKEND_PORT,
        SETTINGS_AUTH_PORT,
      ],
    };
  }
}
