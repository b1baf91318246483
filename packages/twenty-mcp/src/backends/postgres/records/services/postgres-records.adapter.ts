import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../../config/types/twenty-mcp-config.type';

import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type AggregateQuery } from '../../../../domain/records/types/aggregate-query.type';
import { type FindByIdsQuery } from '../../../../domain/records/types/find-by-ids-query.type';
import { type FindQuery } from '../../../../domain/records/types/find-query.type';
import { type RecordScope } from '../../../../domain/records/types/record-scope.type';
import { type SearchHit } from '../../../../domain/records/types/search-hit.type';
import { type SearchQuery } from '../../../../domain/records/types/search-query.type';
import { type StoredAggregateRow } from '../../../../domain/records/types/stored-aggregate-row.type';
import { type StoredPage } from '../../../../domain/records/types/stored-page.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type RecordsBackendPort } from '../../../../ports/records-backend.port';
import { type RecordsWriter } from '../../../../ports/records-writer.port';
import { buildAggregateQuery } from '../sql/build-aggregate-query.util';
import { buildCountQuery } from '../sql/build-count-query.util';
import { buildCrossObjectSearchQuery } from '../sql/build-cross-object-search-query.util';
import { buildFindQuery } from '../sql/build-find-query.util';
import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';
import { decodeAggregateRows } from '../utils/decode-aggregate-rows.util';
import { decodeFindRows } from '../utils/decode-find-rows.util';
import { decodeSearchHits } from '../utils/decode-search-hits.util';
import { expandRecords } from '../utils/expand-records.util';
import { findStoredByIds } from '../utils/find-stored-by-ids.util';
import { isDatabaseError } from '../utils/is-database-error.util';
import { runQuery } from '../utils/run-query.util';
import { translateDatabaseError } from '../utils/translate-database-error.util';
import { PostgresRecordsWriter } from './postgres-records.writer';

// Records on Twenty's PostgreSQL layout through a TypeORM DataSource: the
// queries arrive validated and authorised (RecordsService); this turns them
// into parameterised SQL, runs it, and maps rows to stored records.
@Injectable()
export class PostgresRecordsAdapter implements RecordsBackendPort {
  private readonly dataSource: DataSource;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.dataSource = config.dataSource;
  }

  async findPage(
    workspace: WorkspaceSchema,
    query: FindQuery,
  ): Promise<StoredPage> {
    return this.withRunner(workspace, async (run) => {
      const page = decodeFindRows(
        await run(buildFindQuery(workspace, query)),
        query,
      );

      return {
        ...page,
        records: await expandRecords({
          run,
          schemaName: workspace.schemaName,
          selection: query.selection,
          records: page.records,
        }),
      };
    });
  }

  count(workspace: WorkspaceSchema, scope: RecordScope): Promise<number> {
    return this.withRunner(workspace, async (run) => {
      const [row] = await run(buildCountQuery(workspace, scope));

      return Number(row?.totalCount ?? 0);
    });
  }

  findByIds(
    workspace: WorkspaceSchema,
    query: FindByIdsQuery,
  ): Promise<StoredRecord[]> {
    return this.withRunner(workspace, (run) =>
      findStoredByIds(run, workspace.schemaName, query),
    );
  }

  aggregate(
    workspace: WorkspaceSchema,
    query: AggregateQuery,
  ): Promise<StoredAggregateRow[]> {
    return this.withRunner(workspace, async (run) =>
      decodeAggregateRows(
        await run(buildAggregateQuery(workspace, query)),
        query,
      ),
    );
  }

  search(workspace: WorkspaceSchema, query: SearchQuery): Promise<SearchHit[]> {
    return this.withRunner(workspace, async (run) =>
      decodeSearchHits(
        await run(buildCrossObjectSearchQuery(workspace.schemaName, query)),
      ),
    );
  }

  async transaction<T>(
    workspace: WorkspaceSchema,
    work: (writer: RecordsWriter) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction((manager) => {
        if (!manager.queryRunner) {
          throw new TwentyMcpException(
            'TypeORM opened a transaction without a query runner',
            TwentyMcpExceptionCode.INTERNAL_ERROR,
          );
        }

        const runner = manager.queryRunner;

        return work(
          new PostgresRecordsWriter(workspace, async (query) => {
            try {
              return await runQuery(runner, query);
            } catch (error) {
              throw translateDatabaseError(error, workspace.objects);
            }
          }),
        );
      });
    } catch (error) {
      // The writer's failures are already translated; what `work` itself
      // throws is rethrown as it is; BEGIN / COMMIT failures are the
      // database's.
      throw isDatabaseError(error)
        ? translateDatabaseError(error, workspace.objects)
        : error;
    }
  }

  private async withRunner<T>(
    workspace: WorkspaceSchema,
    read: (run: (query: SqlQuery) => Promise<DbRow[]>) => Promise<T>,
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner();

    try {
      return await read((query) => runQuery(runner, query));
    } catch (error) {
      throw translateDatabaseError(error, workspace.objects);
    } finally {
      await runner.release();
    }
  }
}
