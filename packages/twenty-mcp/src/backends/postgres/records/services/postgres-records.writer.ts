import { type FilterNode } from '../../../../domain/records/types/filter-node.type';
import { type FindByIdsQuery } from '../../../../domain/records/types/find-by-ids-query.type';
import { type QueryTarget } from '../../../../domain/records/types/query-target.type';
import { type Selection } from '../../../../domain/records/types/selection.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type RecordsWriter } from '../../../../ports/records-writer.port';
import { buildDestroyQuery } from '../sql/build-destroy-query.util';
import { buildFindAllQuery } from '../sql/build-find-all-query.util';
import { buildInsertQuery } from '../sql/build-insert-query.util';
import { buildRestoreQuery } from '../sql/build-restore-query.util';
import { buildSoftDeleteQuery } from '../sql/build-soft-delete-query.util';
import { buildUpdateQuery } from '../sql/build-update-query.util';
import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';
import { decodeStoredRows } from '../utils/decode-stored-rows.util';
import { encodeStoredRecord } from '../utils/encode-stored-record.util';
import { findStoredByIds } from '../utils/find-stored-by-ids.util';

// The writes of one transaction, all through its query runner.
export class PostgresRecordsWriter implements RecordsWriter {
  private readonly schemaName: string;

  constructor(
    private readonly workspace: WorkspaceSchema,
    private readonly run: (query: SqlQuery) => Promise<DbRow[]>,
  ) {
    this.schemaName = workspace.schemaName;
  }

  async insert(
    { object }: QueryTarget,
    records: readonly Partial<StoredRecord>[],
    actor: WriteActor,
    returning: Selection,
  ): Promise<StoredRecord[]> {
    if (records.length === 0) {
      return [];
    }

    const rows = await this.run(
      buildInsertQuery({
        schemaName: this.schemaName,
        object,
        records: records.map((record) => encodeStoredRecord(object, record)),
        actor,
        returning,
      }),
    );

    return decodeStoredRows(returning.fields, rows);
  }

  async update(
    { object }: QueryTarget,
    id: string,
    values: Partial<StoredRecord>,
    actor: WriteActor,
    returning: Selection,
  ): Promise<StoredRecord | null> {
    const [row] = await this.run(
      buildUpdateQuery({
        schemaName: this.schemaName,
        object,
        id,
        record: encodeStoredRecord(object, values),
        actor,
        returning,
      }),
    );

    return row ? decodeStoredRows(returning.fields, [row])[0] : null;
  }

  findByIds(query: FindByIdsQuery): Promise<StoredRecord[]> {
    return findStoredByIds(this.run, this.schemaName, query);
  }

  async findAll(
    { object }: QueryTarget,
    filter: FilterNode,
    selection: Selection,
  ): Promise<StoredRecord[]> {
    const rows = await this.run(
      buildFindAllQuery(this.workspace, { object, filter, selection }),
    );

    return decodeStoredRows(selection.fields, rows);
  }

  softDelete(
    { object }: QueryTarget,
    ids: readonly string[],
    actor?: WriteActor,
  ): Promise<string[]> {
    return this.changed(
      buildSoftDeleteQuery({ schemaName: this.schemaName, object, ids, actor }),
      ids,
    );
  }

  restore({ object }: QueryTarget, ids: readonly string[]): Promise<string[]> {
    return this.changed(
      buildRestoreQuery({ schemaName: this.schemaName, object, ids }),
      ids,
    );
  }

  destroy({ object }: QueryTarget, ids: readonly string[]): Promise<string[]> {
    return this.changed(
      buildDestroyQuery({ schemaName: this.schemaName, object, ids }),
      ids,
    );
  }

  private async changed(
    query: SqlQuery,
    ids: readonly string[],
  ): Promise<string[]> {
    if (ids.length === 0) {
      return [];
    }

    const changed = new Set(
      (await this.run(query)).map((row) => String(row.id)),
    );

    return ids.filter((id) => changed.has(id));
  }
}
