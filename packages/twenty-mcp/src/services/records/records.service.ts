import { Inject, Injectable, Optional } from '@nestjs/common';

import { DEFAULT_MCP_LIMITS } from '../../config/constants/default-mcp-limits.const';
import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';

import { McpWorkspaceSettingsService } from '../../storage/services/mcp-workspace-settings.service';

import { ERASABLE_OBJECT_NAME } from '../../domain/permissions/constants/erasable-object-name.const';
import { limitExceeded } from '../../domain/exceptions/utils/limit-exceeded.util';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { ACTIVITY_TARGETS_KEY } from '../../domain/records/constants/activity-targets-key.const';
import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { type ActivityTargetRef } from '../../domain/records/types/activity-target-ref.type';
import { type AggregateResult } from '../../domain/records/types/aggregate-result.type';
import { type ApiRecord } from '../../domain/records/types/api-record.type';
import { type ErasureOutcome } from '../../domain/records/types/erasure-outcome.type';
import { type ErasurePlan } from '../../domain/records/types/erasure-plan.type';
import { type IdempotencyClaim } from '../../domain/records/types/idempotency-claim.type';
import { type QueryTarget } from '../../domain/records/types/query-target.type';
import { type RecordsAccess } from '../../domain/records/types/records-access.type';
import {
  type AggregateRecordsRequest,
  type CreateRecordsRequest,
  type FindRecordsRequest,
  type FindRecordsResult,
  type GetRecordsRequest,
  type RecordIdsRequest,
  type SearchRecordsRequest,
  type UpdateRecordsRequest,
} from '../../domain/records/types/records-requests.type';
import { type SearchHit } from '../../domain/records/types/search-hit.type';
import { type Selection } from '../../domain/records/types/selection.type';
import { type StoredRecord } from '../../domain/records/types/stored-record.type';
import { hasSearchVector } from '../../domain/workspace/utils/has-search-vector.util';
import {
  RECORDS_BACKEND_PORT,
  type RecordsBackendPort,
} from '../../ports/records-backend.port';
import { type RecordsWriter } from '../../ports/records-writer.port';
import { ActivityTargetLinksWriter } from './activity-target-links.writer';
import { PersonErasureWriter } from './person-erasure.writer';
import { QueryUsageRecorder } from '../query-usage/query-usage-recorder.service';
import { decodeAggregateRows } from './utils/decode-aggregate-rows.util';
import { RECORDS_OPERATION_RULES } from './constants/records-operation-rules.const';
import { type RecordsOperation } from './types/records-operation.type';
import { afterWriteChunk } from './utils/after-write-chunk.util';
import { atBatchIndex } from './utils/at-batch-index.util';
import { encodeCursor } from './utils/encode-cursor.util';
import { encodeRecordInput } from './utils/encode-record-input.util';
import { parseLimit } from './utils/parse-limit.util';
import { requireSearchWords } from './utils/require-search-words.util';
import { prepareAggregate } from './utils/prepare-aggregate.util';
import { prepareFind } from './utils/prepare-find.util';
import { resolveActivityTargetsExpansion } from './utils/resolve-activity-targets-expansion.util';
import { resolveSelection } from './utils/resolve-selection.util';
import { splitActivityTargetsInput } from './utils/split-activity-targets-input.util';
import { toApiRecords } from './utils/to-api-records.util';
import { toWriteActor } from './utils/to-write-actor.util';
import { validateIds } from './utils/validate-ids.util';

// Rows per INSERT of a batch, and how often a batch reports progress.
const WRITE_PROGRESS_CHUNK_SIZE = 10;

// Record operations for one caller, on any back-end: resolves and
// authorises the object once, validates every argument against the model
// and the caller's permissions, plans batches (size, progress,
// cancellation, one transaction), maintains note/task links, and maps the
// back-end's stored records to the API shape. Back-ends only run what it
// decided (docs/architecture.md says which side enforces which rule).
@Injectable()
export class RecordsService {
  private readonly idempotencyKeyLifetimeSeconds: number;

  constructor(
    @Inject(RECORDS_BACKEND_PORT)
    private readonly backend: RecordsBackendPort,
    @Optional() @Inject(TWENTY_MCP_CONFIG) config?: TwentyMcpConfig,
    // Where erasure looks for a person's contact details; absent: the
    // default fields.
    @Optional() private readonly settings?: McpWorkspaceSettingsService,
    // Counts read shapes for the index advisor; absent: nothing counted.
    @Optional() private readonly usage?: QueryUsageRecorder,
  ) {
    this.idempotencyKeyLifetimeSeconds = (
      config?.limits ?? DEFAULT_MCP_LIMITS
    ).idempotencyKeyLifetimeSeconds;
  }

  async find(
    access: RecordsAccess,
    request: FindRecordsRequest,
  ): Promise<FindRecordsResult> {
    const target = this.target(access, request.objectName, 'read');
    const { query, sortHash, includeTotalCount } = prepareFind({
      ...target,
      workspace: access.workspace,
      permissions: access.permissions,
      ...request,
    });

    this.usage?.recordFind(access.workspace.workspaceId, query);

    const [page, totalCount] = await Promise.all([
      this.backend.findPage(access.workspace, query, access.signal),
      includeTotalCount
        ? this.backend.count(access.workspace, query, access.signal)
        : Promise.resolve(undefined),
    ]);
    const lastCursor = page.cursors[page.cursors.length - 1];

    return {
      records: toApiRecords(query.selection, page.records),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: lastCursor ? encodeCursor(sortHash, lastCursor) : null,
      },
      ...(totalCount === undefined ? {} : { totalCount }),
    };
  }

  // In the order asked, each record once; unknown ids are left out.
  async getByIds(
    access: RecordsAccess,
    request: GetRecordsRequest,
  ): Promise<ApiRecord[]> {
    const target = this.target(access, request.objectName, 'read');
    const ids = validateIds(request.ids);
    const deleted = request.deleted ?? 'exclude';
    const selection = resolveSelection({
      ...target,
      workspace: access.workspace,
      permissions: access.permissions,
      fields: request.fields,
      expand: request.expand,
      deleted,
    });
    const stored = await this.backend.findByIds(
      access.workspace,
      { ...target, ids, selection, deleted },
      access.signal,
    );
    const byId = new Map(stored.map((record) => [record.id, record]));

    return toApiRecords(
      selection,
      ids
        .map((id) => byId.get(id))
        .filter((record): record is StoredRecord => record !== undefined),
    );
  }

  async aggregate(
    access: RecordsAccess,
    request: AggregateRecordsRequest,
  ): Promise<AggregateResult> {
    const target = this.target(access, request.objectName, 'read');
    const query = prepareAggregate({
      ...target,
      workspace: access.workspace,
      ...request,
    });

    this.usage?.recordAggregate(access.workspace.workspaceId, query);

    return decodeAggregateRows(
      await this.backend.aggregate(access.workspace, query, access.signal),
      query,
    );
  }

  // Over the named objects, or every readable searchable one; objects the
  // caller cannot read or search are skipped, never named.
  async search(
    access: RecordsAccess,
    request: SearchRecordsRequest,
  ): Promise<SearchHit[]> {
    const text = requireSearchWords(request.query);
    const limit = parseLimit(
      request.limit,
      QUERY_LIMITS.maxSearchResults,
      QUERY_LIMITS.maxSearchResults,
    );
    const names =
      request.objectNames ??
      access.workspace.objects.map((object) => object.nameSingular);
    const targets = names.flatMap((name): QueryTarget[] => {
      const object = access.workspace.objects.find(
        (candidate) => candidate.nameSingular === name,
      );
      const objectAccess = access.permissions.objects.get(name);

      return object && objectAccess?.canRead && hasSearchVector(object)
        ? [{ object, access: objectAccess }]
        : [];
    });

    return targets.length === 0
      ? []
      : this.backend.search(
          access.workspace,
          { targets, text, limit },
          access.signal,
        );
  }

  async create(
    access: RecordsAccess,
    request: CreateRecordsRequest,
  ): Promise<ApiRecord[]> {
    const target = this.target(access, request.objectName, 'create');

    this.assertBatch(request.records.length);

    const inputs = await Promise.all(
      request.records.map((input, index) =>
        atBatchIndex(index, async () => {
          const split = splitActivityTargetsInput(target, input);

          return {
            targets: split.targets,
            values: await encodeRecordInput({
              ...target,
              input: split.fields,
              mode: 'create',
            }),
          };
        }),
      ),
    );
    const targetsByRecord = inputs.map(({ targets }) => targets);
    const returning = this.returning(access, target);
    const actor = toWriteActor(access);
    const claim: IdempotencyClaim | null = request.idempotency
      ? {
          ...request.idempotency,
          workspaceId: access.workspace.workspaceId,
          lifetimeSeconds: this.idempotencyKeyLifetimeSeconds,
        }
      : null;

    return this.backend.transaction(
      access.workspace,
      async (writer) => {
        const links = this.linksWriter(writer, access, target, targetsByRecord);
        const created: StoredRecord[] = [];

        if (claim) {
          const replayed = await this.replayIdempotentCreate(writer, claim, {
            access,
            target,
            returning,
            links,
          });

          if (replayed) {
            return replayed;
          }
        }

        await links?.assertTargetsExist(targetsByRecord);

        for (
          let start = 0;
          start < inputs.length;
          start += WRITE_PROGRESS_CHUNK_SIZE
        ) {
          created.push(
            ...(await writer.insert(
              target,
              inputs
                .slice(start, start + WRITE_PROGRESS_CHUNK_SIZE)
                .map(({ values }) => values),
              actor,
              returning,
            )),
          );
          await afterWriteChunk(request, created.length, inputs.length);
        }

        await links?.insert(
          created.map((record, index) => ({
            activityId: record.id,
            refs: targetsByRecord[index] ?? [],
          })),
        );

        if (claim) {
          await writer.completeIdempotencyKey(
            claim,
            created.map(({ id }) => id),
          );
        }

        return this.withLinks(
          writer,
          access,
          target,
          returning,
          created,
          links,
        );
      },
      actor,
    );
  }

  async update(
    access: RecordsAccess,
    request: UpdateRecordsRequest,
  ): Promise<ApiRecord[]> {
    const target = this.target(access, request.objectName, 'update');

    this.assertBatch(request.records.length);

    const inputs = await Promise.all(
      request.records.map(({ id, ...input }, index) =>
        atBatchIndex(index, async () => {
          const [validId] = validateIds([id]);
          const split = splitActivityTargetsInput(target, input);
          // Changing only the links leaves the record itself as it is.
          const linksOnly =
            split.targets !== undefined &&
            Object.keys(split.fields as object).length === 0;

          return {
            id: validId,
            targets: split.targets,
            values: linksOnly
              ? null
              : await encodeRecordInput({
                  ...target,
                  input: split.fields,
                  mode: 'update',
                }),
          };
        }),
      ),
    );
    const targetsByRecord = inputs.map(({ targets }) => targets);
    const returning = this.returning(access, target);
    const actor = toWriteActor(access);

    return this.backend.transaction(
      access.workspace,
      async (writer) => {
        const links = this.linksWriter(writer, access, target, targetsByRecord);
        const updated: StoredRecord[] = [];

        await links?.assertTargetsExist(targetsByRecord);

        // The same record may appear twice: updates apply in order.
        for (const { id, values, targets } of inputs) {
          const [record] = values
            ? [await writer.update(target, id, values, actor, returning)]
            : await writer.findByIds({
                ...target,
                ids: [id],
                selection: returning,
                deleted: 'exclude',
              });

          if (!record) {
            throw new TwentyMcpException(
              `No ${target.object.labelSingular.toLowerCase()} with id ${id} (deleted records must be restored first). Nothing was updated.`,
              TwentyMcpExceptionCode.NOT_FOUND,
            );
          }

          updated.push(record);

          if (targets) {
            await links?.replace(record.id, targets);
          }

          if (
            updated.length % WRITE_PROGRESS_CHUNK_SIZE === 0 ||
            updated.length === inputs.length
          ) {
            await afterWriteChunk(request, updated.length, inputs.length);
          }
        }

        return this.withLinks(
          writer,
          access,
          target,
          returning,
          updated,
          links,
        );
      },
      actor,
    );
  }

  // These three return the ids they changed.
  softDelete(
    access: RecordsAccess,
    request: RecordIdsRequest,
  ): Promise<string[]> {
    return this.changeIds(
      access,
      request,
      'softDelete',
      (writer, target, ids) => writer.softDelete(target, ids),
    );
  }

  restore(access: RecordsAccess, request: RecordIdsRequest): Promise<string[]> {
    return this.changeIds(
      access,
      request,
      'softDelete',
      (writer, target, ids) => writer.restore(target, ids),
    );
  }

  destroy(access: RecordsAccess, request: RecordIdsRequest): Promise<string[]> {
    return this.changeIds(access, request, 'destroy', (writer, target, ids) =>
      writer.destroy(target, ids),
    );
  }

  // The first phase of erasing a person: what would go, nothing changed.
  async planErasure(
    access: RecordsAccess,
    personId: string,
  ): Promise<ErasurePlan> {
    const eraser = await this.personEraser(access);
    const [id] = validateIds([personId]);
    const plan = await this.backend.transaction(access.workspace, (writer) =>
      eraser(writer).plan(id),
    );

    return plan ?? this.noSuchPerson(access, id);
  }

  // The person and their personal data elsewhere, in one transaction
  // (docs/guardrails.md, "Erasure").
  async erase(
    access: RecordsAccess,
    personId: string,
  ): Promise<ErasureOutcome> {
    const eraser = await this.personEraser(access);
    const [id] = validateIds([personId]);
    const actor = toWriteActor(access);
    const outcome = await this.backend.transaction(
      access.workspace,
      (writer) => eraser(writer).apply(id, actor),
      actor,
    );

    return outcome ?? this.noSuchPerson(access, id);
  }

  private async personEraser(
    access: RecordsAccess,
  ): Promise<(writer: RecordsWriter) => PersonErasureWriter> {
    const target = this.target(access, ERASABLE_OBJECT_NAME, 'erase');
    const contactFields =
      (await this.settings?.getErasureContactFields(
        access.workspace.workspaceId,
      )) ?? null;

    return (writer) =>
      new PersonErasureWriter(writer, access, target, contactFields);
  }

  private noSuchPerson(access: RecordsAccess, id: string): never {
    const object = access.workspace.objects.find(
      (candidate) => candidate.nameSingular === ERASABLE_OBJECT_NAME,
    )!;

    throw new TwentyMcpException(
      `No ${object.labelSingular.toLowerCase()} with id ${id}. Nothing was erased.`,
      TwentyMcpExceptionCode.NOT_FOUND,
    );
  }

  private changeIds(
    access: RecordsAccess,
    request: RecordIdsRequest,
    operation: RecordsOperation,
    change: (
      writer: RecordsWriter,
      target: QueryTarget,
      ids: string[],
    ) => Promise<string[]>,
  ): Promise<string[]> {
    const target = this.target(access, request.objectName, operation);
    const ids = validateIds(request.ids);

    return this.backend.transaction(
      access.workspace,
      (writer) => change(writer, target, ids),
      toWriteActor(access),
    );
  }

  // The one authorisation of an object per call. An object the caller
  // cannot read is reported exactly like one that does not exist.
  private target(
    access: RecordsAccess,
    objectName: string,
    operation: RecordsOperation,
  ): QueryTarget {
    const object = access.workspace.objects.find(
      (candidate) => candidate.nameSingular === objectName,
    );
    const objectAccess = access.permissions.objects.get(objectName);

    if (!object || !objectAccess?.canRead) {
      throw new TwentyMcpException(
        `Unknown object "${objectName}". Call list_objects for the objects you can use.`,
        TwentyMcpExceptionCode.NOT_FOUND,
      );
    }

    const rule = RECORDS_OPERATION_RULES[operation];

    if (!rule.isAllowed(objectAccess)) {
      throw new TwentyMcpException(
        `Your role may not ${rule.verb} ${object.labelPlural.toLowerCase()}.`,
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    return { object, access: objectAccess };
  }

  // What writes return: every readable field, no expansion.
  // Null when this call owns the key and must write; else what the first
  // call with the key created, read again (records trashed since are left
  // out), or a refusal when the key came with other arguments.
  private async replayIdempotentCreate(
    writer: RecordsWriter,
    claim: IdempotencyClaim,
    {
      access,
      target,
      returning,
      links,
    }: {
      access: RecordsAccess;
      target: QueryTarget;
      returning: Selection;
      links: ActivityTargetLinksWriter | null;
    },
  ): Promise<ApiRecord[] | null> {
    const outcome = await writer.claimIdempotencyKey(claim);

    if (outcome.kind === 'claimed') {
      return null;
    }

    if (outcome.kind === 'mismatch') {
      throw new TwentyMcpException(
        `The idempotency key "${claim.key}" was already used with other arguments; a retry must repeat the first call exactly. Use a new key for a new create.`,
        TwentyMcpExceptionCode.CONFLICT,
      );
    }

    const stored = await writer.findByIds({
      ...target,
      ids: outcome.recordIds,
      selection: returning,
      deleted: 'exclude',
    });
    const byId = new Map(stored.map((record) => [record.id, record]));

    return this.withLinks(
      writer,
      access,
      target,
      returning,
      outcome.recordIds.flatMap((id) => byId.get(id) ?? []),
      links,
    );
  }

  private returning(access: RecordsAccess, target: QueryTarget): Selection {
    return resolveSelection({ ...target, workspace: access.workspace });
  }

  private assertBatch(size: number): void {
    if (size > QUERY_LIMITS.maxBatchSize) {
      throw limitExceeded(
        `At most ${QUERY_LIMITS.maxBatchSize} records per call; split the batch.`,
      );
    }
  }

  // Null unless some record of the batch sets `targets`.
  private linksWriter(
    writer: RecordsWriter,
    access: RecordsAccess,
    target: QueryTarget,
    targetsByRecord: readonly (readonly ActivityTargetRef[] | undefined)[],
  ): ActivityTargetLinksWriter | null {
    return targetsByRecord.some((refs) => refs !== undefined)
      ? new ActivityTargetLinksWriter(
          writer,
          access,
          target,
          toWriteActor(access),
        )
      : null;
  }

  // Written records come back with their `targets` as they now are when the
  // call set any, so the caller sees what it linked (with labels).
  private async withLinks(
    writer: RecordsWriter,
    access: RecordsAccess,
    target: QueryTarget,
    returning: Selection,
    records: StoredRecord[],
    links: ActivityTargetLinksWriter | null,
  ): Promise<ApiRecord[]> {
    const expansion = links
      ? resolveActivityTargetsExpansion(
          target,
          access.workspace,
          access.permissions,
        )
      : null;

    if (!expansion || records.length === 0) {
      return toApiRecords(returning, records);
    }

    const selection: Selection = {
      fields: returning.fields.filter((field) => field.name === 'id'),
      manyToOne: [],
      oneToMany: [],
      activityTargets: expansion,
    };
    const expanded = new Map(
      (
        await writer.findByIds({
          ...target,
          ids: [...new Set(records.map(({ id }) => id))],
          selection,
          deleted: 'exclude',
        })
      ).map((record) => [record.id, record]),
    );

    return toApiRecords(
      { ...returning, activityTargets: expansion },
      records.map((record) => ({
        ...record,
        [ACTIVITY_TARGETS_KEY]:
          expanded.get(record.id)?.[ACTIVITY_TARGETS_KEY] ?? [],
      })),
    );
  }
}
