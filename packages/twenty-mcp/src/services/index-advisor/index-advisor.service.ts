import { Inject, Injectable, Optional } from '@nestjs/common';

import { type IndexAdvice } from '../../domain/query-usage/types/index-advice.type';
import { type TableIndex } from '../../domain/query-usage/types/table-index.type';
import { resolveObjectExposure } from '../../domain/permissions/utils/resolve-object-exposure.util';
import { METADATA_PORT, type MetadataPort } from '../../ports/metadata.port';
import {
  TABLE_INDEXES_PORT,
  type TableIndexesPort,
} from '../../ports/table-indexes.port';
import { McpQueryUsageStore } from '../../storage/services/mcp-query-usage-store.service';
import { McpWorkspaceSettingsService } from '../../storage/services/mcp-workspace-settings.service';
import { describeQueryShape } from './utils/describe-query-shape.util';
import { findServingIndex } from './utils/find-serving-index.util';
import { planIndex } from './utils/plan-index.util';
import { renderCreateIndexStatement } from './utils/render-create-index-statement.util';

// For the read shapes AI clients used in a workspace (most used first),
// the index that would serve each, and whether one already does
// (docs/index-advisor.md). It only reads: the statements are for the
// admin to run, never run here. Shapes on objects or fields that no
// longer exist or that the admin no longer exposes are skipped.
@Injectable()
export class IndexAdvisorService {
  constructor(
    private readonly usage: McpQueryUsageStore,
    private readonly settings: McpWorkspaceSettingsService,
    @Inject(METADATA_PORT) private readonly metadata: MetadataPort,
    @Optional()
    @Inject(TABLE_INDEXES_PORT)
    private readonly tableIndexes: TableIndexesPort | null = null,
  ) {}

  // Workspaces that exist and have recorded shapes.
  async listWorkspaceIds(): Promise<string[]> {
    const [recorded, existing] = await Promise.all([
      this.usage.listWorkspaceIds(),
      this.metadata.listWorkspaceIds(),
    ]);

    return recorded.filter((workspaceId) => existing.includes(workspaceId));
  }

  async advise(workspaceId: string): Promise<IndexAdvice[]> {
    const [usages, schema, exposure] = await Promise.all([
      this.usage.list(workspaceId),
      this.metadata.getWorkspaceSchema(workspaceId),
      this.settings.getExposure(workspaceId),
    ]);
    const planned = usages.flatMap((usage) => {
      const object = schema.objects.find(
        ({ nameSingular }) => nameSingular === usage.objectName,
      );
      const objectExposure = object
        ? resolveObjectExposure(object, exposure)
        : null;

      if (!object || !objectExposure?.canRead) {
        return [];
      }

      const plan = planIndex(
        usage.shape,
        object,
        objectExposure.hiddenFieldIds,
      );

      return plan ? [{ usage, object, plan }] : [];
    });
    const tableNames = [
      ...new Set(planned.map(({ object }) => object.tableName)),
    ];
    const indexes: TableIndex[] = this.tableIndexes
      ? await this.tableIndexes.listTableIndexes(schema.schemaName, tableNames)
      : [];

    return planned.map(({ usage, object, plan }) => {
      const hasColumns = plan.columns.length > 0;

      return {
        objectName: object.nameSingular,
        objectLabel: object.labelSingular,
        description: describeQueryShape(usage.shape),
        shape: usage.shape,
        calls: usage.calls,
        lastUsedAt: usage.lastUsedAt,
        statement: hasColumns
          ? renderCreateIndexStatement(
              schema.schemaName,
              object.tableName,
              plan,
            )
          : null,
        servedBy: hasColumns
          ? findServingIndex(
              plan,
              indexes.filter(({ tableName }) => tableName === object.tableName),
            )
          : null,
        notes: plan.notes,
      };
    });
  }
}
