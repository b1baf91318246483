import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { type TableIndex } from '../../../domain/query-usage/types/table-index.type';
import { type TableIndexesPort } from '../../../ports/table-indexes.port';

// Indexes of workspace tables from pg_catalog. Key columns only (not
// INCLUDE columns), in key order; direction and NULLS placement from
// pg_index_column_has_property, the partial predicate as pg_get_expr prints
// it (docs/index-advisor.md cites the PostgreSQL documentation).
@Injectable()
export class PostgresTableIndexesAdapter implements TableIndexesPort {
  private readonly dataSource: DataSource;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.dataSource = config.dataSource;
  }

  async listTableIndexes(
    schemaName: string,
    tableNames: readonly string[],
  ): Promise<TableIndex[]> {
    if (tableNames.length === 0) {
      return [];
    }

    return (await this.dataSource.query(
      `SELECT t.relname AS "tableName",
              i.relname AS "indexName",
              am.amname AS "method",
              x.indisvalid AS "isValid",
              pg_get_expr(x.indpred, x.indrelid) AS "predicate",
              (SELECT coalesce(json_agg(json_build_object(
                        'column', a.attname,
                        'descending', coalesce(pg_index_column_has_property(x.indexrelid, k.position::int, 'desc'), false),
                        'nullsFirst', coalesce(pg_index_column_has_property(x.indexrelid, k.position::int, 'nulls_first'), false)
                      ) ORDER BY k.position), '[]'::json)
                 FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, position)
                 LEFT JOIN pg_catalog.pg_attribute a
                   ON a.attrelid = x.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
                WHERE k.position <= x.indnkeyatts) AS "columns"
         FROM pg_catalog.pg_index x
         JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
         JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_catalog.pg_am am ON am.oid = i.relam
        WHERE n.nspname = $1 AND t.relname = ANY($2::text[])
        ORDER BY t.relname, i.relname`,
      [schemaName, tableNames],
    )) as TableIndex[];
  }
}
