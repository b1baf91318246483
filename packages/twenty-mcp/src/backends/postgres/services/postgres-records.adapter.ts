import { type DataSource, type QueryRunner } from 'typeorm';

import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type ObjectAccess } from '../../../domain/permissions/types/object-access.type';
import { type RecordsPort } from '../../../ports/records.port';
import { type ApiRecord } from '../../../domain/records/types/api-record.type';
import { type RecordsAccess } from '../../../domain/records/types/records-access.type';
import {
  type AggregateRecordsRequest,
  type AggregateRecordsResult,
  type BatchWriteOptions,
  type CreateRecordsRequest,
  type FindRecordsRequest,
  type FindRecordsResult,
  type GetRecordsRequest,
  type RecordIdsRequest,
  type SearchHit,
  type SearchRecordsRequest,
  type UpdateRecordsRequest,
} from '../../../domain/records/types/records-requests.type';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import {
  type ActivityTargetRef,
  buildAggregateQuery,
  buildCountQuery,
  buildCrossObjectSearchQuery,
  buildDestroyQuery,
  buildFindByIdsQuery,
  buildFindQuery,
  buildInsertQuery,
  buildRestoreQuery,
  buildSoftDeleteQuery,
  buildUpdateQuery,
  type DbRow,
  decodeAggregateRows,
  decodeFindRows,
  decodeRecordRow,
  decodeSearchHits,
  encodeRecordInput,
  hasSearchVector,
  prepareAggregate,
  prepareFind,
  resolveSelection,
  splitActivityTargetsInput,
  type SqlQuery,
  type WriteActor,
} from '../../../services/records/query-index';
import { expandRecords } from '../utils/expand-records.util';
import {
  assertActivityTargetsExist,
  expandWrittenActivityTargets,
  insertActivityTargetLinks,
  replaceActivityTargetLinks,
} from '../utils/write-activity-targets.util';
import { translateDatabaseError } from '../utils/translate-database-error.util';

// Rows per INSERT of a batch, and how often a batch reports progress.
const WRITE_PROGRESS_CHUNK_SIZE = 10;

type Operation = 'read' | 'create' | 'update' | 'softDelete' | 'destroy';

const OPERATION_CHECK: Record<Operation, (access: ObjectAccess) => boolean> = {
  read: (access) => access.canRead,
  create: (access) => access.canCreate,
  update: (access) => access.canUpdate,
  softDelete: (access) => access.canSoftDelete,
  destroy: (access) => access.canDestroy,
};

const OPERATION_VERB: Record<Operation, string> = {
  read: 'read',
  create: 'create',
  update: 'update',
  softDelete: 'delete or restore',
  destroy: 'permanently destroy',
};

// Records on Twenty v2's layout through a TypeORM DataSource. The query
// layer turns requests into parameterised SQL; this adapter checks the
// operation against the caller's access, runs the SQL and keeps writes of
// one call in one transaction.
export class PostgresRecordsAdapter implements RecordsPort {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    access: RecordsAccess,
    request: FindRecordsRequest,
  ): Promise<FindRecordsResult> {
    const { object, objectAccess } = this.target(
      access,
      request.objectName,
      'read',
    );
    const prepared = prepareFind({
      object,
      access: objectAccess,
      workspace: access.workspace,
      permissions: access.permissions,
      filter: request.filter,
      search: request.search,
      orderBy: request.orderBy,
      limit: request.limit,
      after: request.after,
      fields: request.fields,
      expand: request.expand,
      includeTotalCount: request.includeTotalCount,
      deleted: request.deleted,
    });
    const [page, totalCount] = await Promise.all([
      this.read(buildFindQuery(prepared)).then((rows) =>
        decodeFindRows(rows, prepared),
      ),
      prepared.includeTotalCount
        ? this.read(buildCountQuery(prepared)).then((rows) =>
            Number(rows[0]?.totalCount ?? 0),
          )
        : Promise.resolve(undefined),
    ]);
    const records = await expandRecords({
      run: (query) => this.read(query),
      schemaName: access.workspace.schemaName,
      selection: prepared.selection,
      records: page.records,
    });

    return {
      records,
      pageInfo: page.pageInfo,
      ...(totalCount === undefined ? {} : { totalCount }),
    };
  }

  async getByIds(
    access: RecordsAccess,
    request: GetRecordsRequest,
  ): Promise<ApiRecord[]> {
    const { object, objectAccess } = this.target(
      access,
      request.objectName,
      'read',
    );
    const selection = resolveSelection({
      object,
      access: objectAccess,
      workspace: access.workspace,
      permissions: access.permissions,
      fields: request.fields,
      expand: request.expand,
      deleted: request.deleted,
    });
    const rows = await this.read(
      buildFindByIdsQuery({
        object,
        access: objectAccess,
        schemaName: access.workspace.schemaName,
        ids: request.ids,
        selection,
        deleted: request.deleted,
      }),
    );
    const byId = new Map(
      rows.map((row) => [
        String(row.id),
        decodeRecordRow(selection.fields, row),
      ]),
    );
    const records = request.ids
      .map((id) => byId.get(id))
      .filter((record): record is ApiRecord => !!record);

    return expandRecords({
      run: (query) => this.read(query),
      schemaName: access.workspace.schemaName,
      selection,
      records: [
        ...new Map(records.map((record) => [record.id, record])).values(),
      ],
    });
  }

  async aggregate(
    access: RecordsAccess,
    request: AggregateRecordsRequest,
  ): Promise<AggregateRecordsResult> {
    const { object, objectAccess } = this.target(
      access,
      request.objectName,
      'read',
    );
    const prepared = prepareAggregate({
      object,
      access: objectAccess,
      workspace: access.workspace,
      filter: request.filter,
      groupBy: request.groupBy,
      metrics: request.metrics,
      orderBy: request.orderBy,
      limit: request.limit,
      timeZone: request.timeZone,
    });
    const rows = await this.read(buildAggregateQuery(prepared));

    return decodeAggregateRows(rows, prepared);
  }

  async search(
    access: RecordsAccess,
    request: SearchRecordsRequest,
  ): Promise<SearchHit[]> {
    const names =
      request.objectNames ??
      access.workspace.objects.map((object) => object.nameSingular);
    const targets = names
      .map((name) => {
        const object = access.workspace.objects.find(
          (candidate) => candidate.nameSingular === name,
        );
        const objectAccess = access.permissions.objects.get(name);

        return object && objectAccess?.canRead && hasSearchVector(object)
          ? { object, access: objectAccess }
          : null;
      })
      .filter(
        (target): target is NonNullable<typeof target> => target !== null,
      );

    if (targets.length === 0) {
      return [];
    }

    const rows = await this.read(
      buildCrossObjectSearchQuery({
        schemaName: access.workspace.schemaName,
        targets,
        search: request.query,
        limit: request.limit,
      }),
    );

    return decodeSearchHits(rows);
  }

  async create(
    access: RecordsAccess,
    request: CreateRecordsRequest,
  ): Promise<ApiRecord[]> {
    const { object, objectAccess } = this.target(
      access,
      request.objectName,
      'create',
    );

    this.assertBatch(request.records.length);

    const targetsByRecord: (ActivityTargetRef[] | undefined)[] = [];
    const encoded = await Promise.all(
      request.records.map((input, index) =>
        this.atIndex(index, () => {
          const split = splitActivityTargetsInput(
            { object, access: objectAccess },
            input,
          );

          targetsByRecord[index] = split.targets;

          return encodeRecordInput({
            object,
            access: objectAccess,
            input: split.fields,
            mode: 'create',
          });
        }),
      ),
    );
    const returning = this.returning(access, object, objectAccess);

    return this.writeTransaction(access, async (runner) => {
      const created: ApiRecord[] = [];
      const run = (query: SqlQuery) => this.run(runner, query);

      await assertActivityTargetsExist({
        run,
        workspace: access.workspace,
        targetsByRecord,
      });

      for (
        let start = 0;
        start < encoded.length;
        start += WRITE_PROGRESS_CHUNK_SIZE
      ) {
        const rows = await this.run(
          runner,
          buildInsertQuery({
            object,
            access: objectAccess,
            schemaName: access.workspace.schemaName,
            records: encoded.slice(start, start + WRITE_PROGRESS_CHUNK_SIZE),
            actor: this.actor(access),
            returning,
          }),
        );

        created.push(
          ...rows.map((row) => decodeRecordRow(returning.fields, row)),
        );
        await this.afterChunk(request, created.length, encoded.length);
      }

      await insertActivityTargetLinks({
        run,
        access,
        target: { object, access: objectAccess },
        actor: this.actor(access),
        links: created.map((record, index) => ({
          activityId: record.id,
          refs: targetsByRecord[index] ?? [],
        })),
      });

      return expandWrittenActivityTargets({
        run,
        access,
        target: { object, access: objectAccess },
        records: created,
        targetsByRecord,
      });
    });
  }

  async update(
    access: RecordsAccess,
    request: UpdateRecordsRequest,
  ): Promise<ApiRecord[]> {
    const { object, objectAccess } = this.target(
      access,
      request.objectName,
      'update',
    );

    this.assertBatch(request.records.length);

    const encoded = await Promise.all(
      request.records.map(({ id, ...input }, index) =>
        this.atIndex(index, async () => {
          const split = splitActivityTargetsInput(
            { object, access: objectAccess },
            input,
          );
          // Changing only the links leaves the record itself as it is.
          const linksOnly =
            split.targets !== undefined &&
            Object.keys(split.fields as object).length === 0;

          return {
            id,
            targets: split.targets,
            record: linksOnly
              ? null
              : await encodeRecordInput({
                  object,
                  access: objectAccess,
                  input: split.fields,
                  mode: 'update',
                }),
          };
        }),
      ),
    );
    const returning = this.returning(access, object, objectAccess);

    return this.writeTransaction(access, async (runner) => {
      const updated: ApiRecord[] = [];
      const run = (query: SqlQuery) => this.run(runner, query);
      const targetsByRecord = encoded.map(({ targets }) => targets);

      await assertActivityTargetsExist({
        run,
        workspace: access.workspace,
        targetsByRecord,
      });

      // The same record may appear twice: updates apply in order.
      for (const { id, record, targets } of encoded) {
        const [row] = await this.run(
          runner,
          record
            ? buildUpdateQuery({
                object,
                access: objectAccess,
                schemaName: access.workspace.schemaName,
                ids: [id],
                record,
                actor: this.actor(access),
                returning,
              })
            : buildFindByIdsQuery({
                object,
                access: objectAccess,
                schemaName: access.workspace.schemaName,
                ids: [id],
                selection: returning,
              }),
        );

        if (!row) {
          throw new TwentyMcpException(
            TwentyMcpExceptionCode.NOT_FOUND,
            `No ${object.labelSingular.toLowerCase()} with id ${id} (deleted records must be restored first). Nothing was updated.`,
          );
        }

        updated.push(decodeRecordRow(returning.fields, row));

        if (targets) {
          await replaceActivityTargetLinks({
            run,
            access,
            target: { object, access: objectAccess },
            actor: this.actor(access),
            activityId: String(row.id),
            refs: targets,
          });
        }

        if (
          updated.length % WRITE_PROGRESS_CHUNK_SIZE === 0 ||
          updated.length === encoded.length
        ) {
          await this.afterChunk(request, updated.length, encoded.length);
        }
      }

      return expandWrittenActivityTargets({
        run,
        access,
        target: { object, access: objectAccess },
        records: updated,
        targetsByRecord,
      });
    });
  }

  softDelete(
    access: RecordsAccess,
    request: RecordIdsRequest,
  ): Promise<string[]> {
    return this.changeIds(access, request, 'softDelete', buildSoftDeleteQuery);
  }

  restore(access: RecordsAccess, request: RecordIdsRequest): Promise<string[]> {
    return this.changeIds(access, request, 'softDelete', buildRestoreQuery);
  }

  destroy(access: RecordsAccess, request: RecordIdsRequest): Promise<string[]> {
    return this.changeIds(access, request, 'destroy', buildDestroyQuery);
  }

  private async changeIds(
    access: RecordsAccess,
    request: RecordIdsRequest,
    operation: Operation,
    build: (request: {
      schemaName: string;
      object: ObjectSchema;
      ids: readonly string[];
    }) => SqlQuery,
  ): Promise<string[]> {
    const { object } = this.target(access, request.objectName, operation);
    const rows = await this.transaction((runner) =>
      this.run(
        runner,
        build({
          schemaName: access.workspace.schemaName,
          object,
          ids: request.ids,
        }),
      ),
    );
    const changed = new Set(rows.map((row) => String(row.id)));

    return request.ids.filter((id) => changed.has(id));
  }

  private target(
    access: RecordsAccess,
    objectName: string,
    operation: Operation,
  ) {
    const object = access.workspace.objects.find(
      (candidate) => candidate.nameSingular === objectName,
    );
    const objectAccess = access.permissions.objects.get(objectName);

    if (!object || !objectAccess?.canRead) {
      throw new TwentyMcpException(
        TwentyMcpExceptionCode.NOT_FOUND,
        `Unknown object "${objectName}". Call list_objects for the objects you can use.`,
      );
    }

    if (!OPERATION_CHECK[operation](objectAccess)) {
      throw new TwentyMcpException(
        TwentyMcpExceptionCode.FORBIDDEN,
        `Your role may not ${OPERATION_VERB[operation]} ${object.labelPlural.toLowerCase()}.`,
      );
    }

    return { object, objectAccess };
  }

  // What writes return: every readable field, no expansion.
  private returning(
    access: RecordsAccess,
    object: ObjectSchema,
    objectAccess: ObjectAccess,
  ) {
    return resolveSelection({
      object,
      access: objectAccess,
      workspace: access.workspace,
    });
  }

  private actor(access: RecordsAccess): WriteActor {
    return {
      source: 'API',
      name: access.actor.name,
      workspaceMemberId: access.actor.workspaceMemberId,
    };
  }

  // Inside the transaction: an aborted call throws and rolls back.
  private async afterChunk(
    { onProgress, signal }: BatchWriteOptions,
    written: number,
    total: number,
  ): Promise<void> {
    if (signal?.aborted) {
      throw new TwentyMcpException(
        TwentyMcpExceptionCode.CANCELLED,
        'The request was cancelled; nothing was written.',
      );
    }

    await onProgress?.(written, total);
  }

  private assertBatch(size: number): void {
    if (size > QUERY_LIMITS.maxBatchSize) {
      throw new TwentyMcpException(
        TwentyMcpExceptionCode.LIMIT_EXCEEDED,
        `At most ${QUERY_LIMITS.maxBatchSize} records per call; split the batch.`,
      );
    }
  }

  // Says which record of a batch was wrong.
  private async atIndex<T>(index: number, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof TwentyMcpException) {
        throw new TwentyMcpException(
          error.code,
          `records[${index}]: ${error.message}`,
          error.details,
        );
      }

      throw error;
    }
  }

  private async read(query: SqlQuery): Promise<DbRow[]> {
    const runner = this.dataSource.createQueryRunner();

    try {
      return await this.run(runner, query);
    } catch (error) {
      throw translateDatabaseError(error, []);
    } finally {
      await runner.release();
    }
  }

  // A write the caller's values make PostgreSQL refuse (an id of no
  // record, a duplicate unique value) fails with a message naming them.
  private writeTransaction<T>(
    access: RecordsAccess,
    work: (runner: QueryRunner) => Promise<T>,
  ): Promise<T> {
    return this.transaction(work).catch((error: unknown) => {
      throw translateDatabaseError(error, access.workspace.objects);
    });
  }

  private transaction<T>(
    work: (runner: QueryRunner) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction((manager) => {
      if (!manager.queryRunner) {
        throw new Error('TypeORM transaction without a query runner');
      }

      return work(manager.queryRunner);
    });
  }

  // Structured results: TypeORM's plain query() wraps UPDATE/DELETE rows as
  // [rows, rowCount], which would shape RETURNING differently per command.
  private async run(
    runner: QueryRunner,
    { sql, params }: SqlQuery,
  ): Promise<DbRow[]> {
    const result = await runner.query(sql, params, true);

    return result.records as DbRow[];
  }
}
