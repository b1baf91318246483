import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { ACTIVITY_TARGETS_KEY } from '../../domain/records/constants/activity-targets-key.const';
import { type ActivityTargetRef } from '../../domain/records/types/activity-target-ref.type';
import { type QueryTarget } from '../../domain/records/types/query-target.type';
import { type RecordsAccess } from '../../domain/records/types/records-access.type';
import { type StoredRecord } from '../../domain/records/types/stored-record.type';
import { type VisibleActivityTargets } from '../../domain/records/types/visible-activity-targets.type';
import { type WriteActor } from '../../domain/records/types/write-actor.type';
import {
  type FieldSchema,
  type ObjectSchema,
} from '../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../domain/workspace/utils/get-field-api-key.util';
import { type RecordsWriter } from '../../ports/records-writer.port';
import { buildIdSelection } from './utils/build-id-selection.util';
import { resolveVisibleActivityTargets } from './utils/resolve-visible-activity-targets.util';
import { toSystemTarget } from './utils/to-system-target.util';

const refKey = ({ objectName, id }: ActivityTargetRef) => `${objectName}:${id}`;

const internal = (message: string) =>
  new TwentyMcpException(message, TwentyMcpExceptionCode.INTERNAL_ERROR);

// A note's or task's links (`targets`) as rows of its junction object
// (noteTarget…), written with the generic writer inside the transaction of
// the notes' own write. Only links to objects the caller can read are seen
// or touched.
export class ActivityTargetLinksWriter {
  private readonly visible: VisibleActivityTargets;
  private readonly junction: QueryTarget;
  private readonly activityField: FieldSchema;

  constructor(
    private readonly writer: RecordsWriter,
    private readonly access: RecordsAccess,
    target: QueryTarget,
    private readonly actor: WriteActor,
  ) {
    const visible = resolveVisibleActivityTargets(target);
    const junction = visible
      ? this.findObject(visible.schema.junctionObjectName)
      : undefined;
    const activityField = junction?.fields.find(
      (field) => getFieldApiKey(field) === visible?.schema.activityJoinColumn,
    );

    // Only built once splitActivityTargetsInput accepted `targets`.
    if (!visible || !junction || !activityField) {
      throw internal(`${target.object.nameSingular} has no visible targets`);
    }

    this.visible = visible;
    this.junction = toSystemTarget(junction);
    this.activityField = activityField;
  }

  // Every record a batch names must exist outside the trash; the first
  // that does not is reported by its place in the call.
  async assertTargetsExist(
    targetsByRecord: readonly (readonly ActivityTargetRef[] | undefined)[],
  ): Promise<void> {
    const idsByObject = new Map<string, Set<string>>();

    for (const ref of targetsByRecord.flatMap((refs) => refs ?? [])) {
      idsByObject.set(
        ref.objectName,
        (idsByObject.get(ref.objectName) ?? new Set()).add(ref.id),
      );
    }

    const found = new Set<string>();

    for (const [objectName, ids] of idsByObject) {
      const object = this.findObject(objectName);
      const records = await this.writer.findByIds({
        ...toSystemTarget(object),
        ids: [...ids],
        selection: buildIdSelection(object),
        deleted: 'exclude',
      });

      records.forEach(({ id }) => found.add(refKey({ objectName, id })));
    }

    targetsByRecord.forEach((refs, recordIndex) =>
      refs?.forEach((ref, targetIndex) => {
        if (!found.has(refKey(ref))) {
          throw new TwentyMcpException(
            `records[${recordIndex}].${ACTIVITY_TARGETS_KEY}[${targetIndex}]: no ${this.findObject(ref.objectName).labelSingular.toLowerCase()} with id ${ref.id} (records in the trash cannot be linked). Nothing was written.`,
            TwentyMcpExceptionCode.NOT_FOUND,
          );
        }
      }),
    );
  }

  // New links, each (activity, target) once, in the given order.
  async insert(
    links: readonly {
      activityId: string;
      refs: readonly ActivityTargetRef[];
    }[],
  ): Promise<void> {
    const rows = new Map(
      links.flatMap(({ activityId, refs }) =>
        refs.map((ref): [string, Partial<StoredRecord>] => [
          `${activityId}:${refKey(ref)}`,
          {
            [getFieldApiKey(this.activityField)]: activityId,
            [this.joinColumnOf(ref.objectName)]: ref.id,
          },
        ]),
      ),
    );

    // New rows go on top in reverse: the first link ends up first.
    await this.writer.insert(
      this.junction,
      [...rows.values()].reverse(),
      this.actor,
      buildIdSelection(this.junction.object),
    );
  }

  // Makes one activity's visible links exactly `refs`: links no longer
  // listed go to the trash, new ones are inserted, the others are kept.
  async replace(
    activityId: string,
    refs: readonly ActivityTargetRef[],
  ): Promise<void> {
    const targetFields = this.visible.targets.map(({ joinColumnName }) =>
      this.junctionField(joinColumnName),
    );
    const rows = await this.writer.findAll(
      this.junction,
      {
        kind: 'condition',
        field: this.activityField.name,
        subField: null,
        operator: 'eq',
        value: activityId,
      },
      buildIdSelection(this.junction.object, targetFields),
    );
    const wanted = new Set(refs.map(refKey));
    const kept = new Set<string>();
    const removedLinkIds: string[] = [];

    for (const row of rows) {
      const linked = this.visible.targets.find(
        ({ joinColumnName }) =>
          row[joinColumnName] !== null && row[joinColumnName] !== undefined,
      );

      // Links to objects the caller cannot read are neither seen nor touched.
      if (!linked) {
        continue;
      }

      const key = refKey({
        objectName: linked.objectName,
        id: String(row[linked.joinColumnName]),
      });

      if (wanted.has(key) && !kept.has(key)) {
        kept.add(key);
      } else {
        removedLinkIds.push(row.id);
      }
    }

    await this.writer.softDelete(this.junction, removedLinkIds, this.actor);
    await this.insert([
      { activityId, refs: refs.filter((ref) => !kept.has(refKey(ref))) },
    ]);
  }

  private joinColumnOf(objectName: string): string {
    const target = this.visible.schema.targets.find(
      (candidate) => candidate.objectName === objectName,
    );

    if (!target) {
      throw internal(`No link column for ${objectName}`);
    }

    return target.joinColumnName;
  }

  private junctionField(joinColumnName: string): FieldSchema {
    const field = this.junction.object.fields.find(
      (candidate) => getFieldApiKey(candidate) === joinColumnName,
    );

    if (!field) {
      throw internal(`No junction field with join column ${joinColumnName}`);
    }

    return field;
  }

  private findObject(name: string): ObjectSchema {
    const object = this.access.workspace.objects.find(
      (candidate) => candidate.nameSingular === name,
    );

    if (!object) {
      throw internal(`No object "${name}" in the workspace model`);
    }

    return object;
  }
}
