import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  compareTwentyVersions,
  describeTwentyVersion,
  inferTwentyVersionRange,
  parseUpgradeMigrationVersion,
} from '@twenty-mcp/twenty-layout';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { invalidConfiguration } from '../../../config/utils/invalid-configuration.util';
import { internalError } from '../../../domain/exceptions/utils/internal-error.util';
import { type TwentyLayoutReport } from '../../../domain/twenty/types/twenty-layout-report.type';
import { type TwentyLayoutPort } from '../../../ports/twenty-layout.port';
import {
  REQUIRED_TWENTY_LAYOUT,
  SUPPORTED_TWENTY_VERSIONS,
} from '../constants/required-twenty-layout.const';
import { findMissingLayout } from '../utils/find-missing-layout.util';

// Names of missing tables and columns shown in the start-up error.
const MAX_NAMED = 8;

// Reads, once at start-up, which of Twenty's core tables and columns the
// database has and which release Twenty recorded, and refuses to start on
// a layout the back-end cannot read (a clear error now rather than an SQL
// error on some request later).
@Injectable()
export class PostgresLayoutAdapter implements TwentyLayoutPort, OnModuleInit {
  private readonly dataSource: DataSource;
  private readonly hasAppSecret: boolean;
  private report: TwentyLayoutReport | null = null;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.dataSource = config.dataSource;
    this.hasAppSecret = config.appSecret !== null;
  }

  async onModuleInit(): Promise<void> {
    const report = await this.detect();

    if (!report.supported) {
      const named = report.missing.slice(0, MAX_NAMED).join(', ');
      const more = report.missing.length - MAX_NAMED;

      throw invalidConfiguration(
        `the database is not a Twenty database this module supports (Twenty ${report.supportedRange}; found: ${report.detectedVersion}). Missing: ${named}${more > 0 ? ` and ${more} more` : ''}.`,
      );
    }

    // Before 2.5 Twenty signed every token HS256 with APP_SECRET.
    if (!report.hasSigningKeys && !this.hasAppSecret) {
      throw invalidConfiguration(
        `appSecret (APP_SECRET) is required: this Twenty (${report.detectedVersion}) has no signing keys and signs every token with its APP_SECRET.`,
      );
    }

    this.report = report;
  }

  getLayout(): TwentyLayoutReport {
    if (!this.report) {
      throw internalError('The Twenty layout is read at start-up.');
    }

    return this.report;
  }

  private async detect(): Promise<TwentyLayoutReport> {
    const present = new Set(
      (
        (await this.dataSource.query(
          `SELECT table_name AS "name" FROM information_schema.tables
            WHERE table_schema = 'core'
           UNION ALL
           SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'core'`,
        )) as { name: string }[]
      ).map(({ name }) => name),
    );
    const versionRange = inferTwentyVersionRange(({ table, column }) =>
      present.has(column ? `${table}.${column}` : table),
    );
    const recordedVersion = present.has('upgradeMigration')
      ? await this.readRecordedVersion()
      : null;
    const missing = findMissingLayout(REQUIRED_TWENTY_LAYOUT, present);

    return {
      recordedVersion,
      versionRange,
      detectedVersion: describeTwentyVersion({
        recorded: recordedVersion,
        range: versionRange,
      }),
      supportedRange: SUPPORTED_TWENTY_VERSIONS,
      supported: missing.length === 0,
      missing,
      hasSigningKeys: present.has('signingKey'),
    };
  }

  // The newest release with a completed upgrade command.
  private async readRecordedVersion(): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT split_part("name", '_', 1) || '_' AS "prefix"
         FROM core."upgradeMigration" WHERE "status" = 'completed'`,
    )) as { prefix: string }[];

    return (
      rows
        .map(({ prefix }) => parseUpgradeMigrationVersion(prefix))
        .filter((version) => version !== null)
        .sort(compareTwentyVersions)
        .at(-1) ?? null
    );
  }
}
