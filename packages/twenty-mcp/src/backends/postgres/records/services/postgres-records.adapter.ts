import { Inject, Injectable, Optional } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../../config/types/twenty-mcp-config.type';

import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type AggregateQuery } from '../../../../domain/records/types/aggregate-query.type';
import { type FindByIdsQuery } from '../../../../domain/records/types/find-by-ids-query.type';
import { type FindQuery } from '../../../../domain/records/types/find-query.type';
import { type RecordEventsStatus } from '../../../../domain/records/types/record-events-status.type';
import { type RecordScope } from '../../../../domain/records/types/record-scope.type';
import { type SearchHit } from '../../../../domain/records/types/search-hit.type';
import { type SearchQuery } from '../../../../domain/records/types/search-query.type';
import { type StoredAggregateRow } from '../../../../domain/records/types/stored-aggregate-row.type';
import { type StoredPage } from '../../../../domain/records/types/stored-page.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type RecordsBackendPort } from '../../../../ports/records-backend.port';
import { type RecordsWriter } from '../../../../ports/records-writer.port';
import { TwentyEventsPublisher } from '../../events/services/twenty-events.publisher';
import { WriteEventsRecorder } from '../../events/services/write-events.recorder';
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
import { translateQueryFailure } from '../utils/translate-query-failure.util';
import { runPreparedQuery } from '../utils/run-prepared-query.util';
import { sendCancelRequest } from '../utils/send-cancel-request.util';
import { PostgresReadPool } from '../../services/postgres-read-pool.service';
import { PostgresRecordsWriter } from './postgres-records.writer';

// Records on Twenty's PostgreSQL layout through a TypeORM DataSource: the
// queries arrive validated and authorised (RecordsService); this turns them
// into parameterised SQL, runs it, and maps rows to stored records. Every
// statement runs under the configured statement timeout: reads on the read
// pool's connections, writes with SET LOCAL in their transaction (so the
// host's pooled connection goes back to its pool as it came).
@Injectable()
export class PostgresRecordsAdapter implements RecordsBackendPort {
  private readonly dataSource: DataSource;
  private readonly statementTimeoutMs: number;

  private readonly readPool: PostgresReadPool;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    // Absent when the adapter is built by hand: writes then tell no one,
    // and reads get a pool of their own.
    @Optional() private readonly events?: TwentyEventsPublisher,
    @Optional() readPool?: PostgresReadPool,
  ) {
    this.dataSource = config.dataSource;
    this.statementTimeoutMs = config.limits.statementTimeoutMs;
    this.readPool = readPool ?? new PostgresReadPool(config);
  }

  async findPage(
    workspace: WorkspaceSchema,
    query: FindQuery,
    signal?: AbortSignal,
  ): Promise<StoredPage> {
    return this.withRunner(workspace, signal, async (run) => {
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

  count(
    workspace: WorkspaceSchema,
    scope: RecordScope,
    signal?: AbortSignal,
  ): Promise<number> {
    return this.withRunner(workspace, signal, async (run) => {
      const [row] = await run(buildCountQuery(workspace, scope));

      return Number(row?.totalCount ?? 0);
    });
  }

  findByIds(
    workspace: WorkspaceSchema,
    query: FindByIdsQuery,
    signal?: AbortSignal,
  ): Promise<StoredRecord[]> {
    return this.withRunner(workspace, signal, (run) =>
      findStoredByIds(run, workspace.schemaName, query),
    );
  }

  aggregate(
    workspace: WorkspaceSchema,
    query: AggregateQuery,
    signal?: AbortSignal,
  ): Promise<StoredAggregateRow[]> {
    return this.withRunner(workspace, signal, async (run) =>
      decodeAggregateRows(
        await run(buildAggregateQuery(workspace, query)),
        query,
      ),
    );
  }

  search(
    workspace: WorkspaceSchema,
    query: SearchQuery,
    signal?: AbortSignal,
  ): Promise<SearchHit[]> {
    return this.withRunner(workspace, signal, async (run) =>
      decodeSearchHits(
        await run(buildCrossObjectSearchQuery(workspace.schemaName, query)),
      ),
    );
  }

  // After the commit, never before, Twenty's worker is told of what was
  // written (TwentyEventsPublisher).
  async transaction<T>(
    workspace: WorkspaceSchema,
    work: (writer: RecordsWriter) => Promise<T>,
    actor?: WriteActor,
  ): Promise<T> {
    const recorder = this.events?.isEnabled()
      ? new WriteEventsRecorder()
      : undefined;
    let result: T;

    try {
      result = await this.dataSource.transaction(async (manager) => {
        if (!manager.queryRunner) {
          throw new TwentyMcpException(
            'TypeORM opened a transaction without a query runner',
            TwentyMcpExceptionCode.INTERNAL_ERROR,
          );
        }

        const runner = manager.queryRunner;

        await runQuery(runner, this.limitStatements());

        return work(
          new PostgresRecordsWriter(
            workspace,
            async (query) => {
              try {
                return await runQuery(runner, query);
              } catch (error) {
                throw translateQueryFailure(error, {
                  objects: workspace.objects,
                  signal: undefined,
                  statementTimeoutMs: this.statementTimeoutMs,
                });
              }
            },
            recorder,
          ),
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

    if (recorder) {
      await this.events?.publish(workspace, recorder.recorded(), actor);
    }

    return result;
  }

  recordEventsStatus(): RecordEventsStatus {
    return (
      this.events?.status() ?? {
        delivery: 'off',
        enqueuedJobs: 0,
        failedJobs: 0,
      }
    );
  }

  // A read on a connection of the read pool, which PostgreSQL keeps
  // read-only and under the statement timeout: each statement is one round
  // trip, prepared once per connection. Each statement sees its own
  // snapshot, as it did at READ COMMITTED in a transaction. An abort
  // cancels the statement running at that moment; a statement not yet sent
  // is not sent.
  private async withRunner<T>(
    workspace: WorkspaceSchema,
    signal: AbortSignal | undefined,
    read: (run: (query: SqlQuery) => Promise<DbRow[]>) => Promise<T>,
  ): Promise<T> {
    signal?.throwIfAborted();

    try {
      return await this.readPool.withConnection(async (client) => {
        // Only while one of this read's statements runs: a cancel must
        // never reach the connection once it serves someone else.
        let inFlight = 0;
        const cancel = () => {
          if (inFlight > 0) {
            sendCancelRequest(client);
          }
        };
        const run = async (query: SqlQuery) => {
          signal?.throwIfAborted();
          inFlight += 1;

          try {
            return await runPreparedQuery(client, query);
          } finally {
            inFlight -= 1;
          }
        };

        signal?.addEventListener('abort', cancel, { once: true });

        try {
          return await read(run);
        } finally {
          signal?.removeEventListener('abort', cancel);
        }
      });
    } catch (error) {
      throw translateQueryFailure(error, {
        objects: workspace.objects,
        signal,
        statementTimeoutMs: this.statementTimeoutMs,
      });
    }
  }

  private limitStatements(): SqlQuery {
    return {
      sql: `SELECT set_config('statement_timeout', $1, true)`,
      params: [`${this.statementTimeoutMs}ms`],
    };
  }
}
