import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type ApiRecord } from '../../../domain/records/types/api-record.type';
import { type RecordsAccess } from '../../../domain/records/types/records-access.type';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import {
  ACTIVITY_TARGET_COLUMN_ALIASES,
  ACTIVITY_TARGETS_KEY,
  type ActivityTargetRef,
  buildActivityTargetRecordsQuery,
  buildFindActivityTargetLinksQuery,
  buildInsertActivityTargetLinksQuery,
  buildSoftDeleteActivityTargetLinksQuery,
  type DbRow,
  type QueryTarget,
  resolveActivityTargetsExpansion,
  resolveVisibleActivityTargets,
  type SqlQuery,
  type VisibleActivityTargets,
  type WriteActor,
} from '../../../services/records/query-index';
import { expandRecords } from './expand-records.util';

// Writes of a note's or task's links (`targets`), run inside the
// transaction of the records' own write.

type Run = (query: SqlQuery) => Promise<DbRow[]>;

type LinkWrite = {
  run: Run;
  access: RecordsAccess;
  target: QueryTarget;
  actor: WriteActor;
};

const refKey = ({ objectName, id }: ActivityTargetRef) => `${objectName}:${id}`;

const findObject = (workspace: WorkspaceSchema, name: string): ObjectSchema => {
  const object = workspace.objects.find(
    (candidate) => candidate.nameSingular === name,
  );

  if (!object) {
    throw new Error(`No object "${name}" in the workspace model`);
  }

  return object;
};

// Only called once splitActivityTargetsInput accepted `targets`.
const requireVisible = (target: QueryTarget): VisibleActivityTargets => {
  const visible = resolveVisibleActivityTargets(target);

  if (!visible) {
    throw new Error(`${target.object.nameSingular} has no visible targets`);
  }

  return visible;
};

const isLinkValue = (value: unknown) => value !== null && value !== undefined;

// Every record a batch names in `targets` must exist outside the trash;
// the first that does not is reported by its place in the call.
export const assertActivityTargetsExist = async ({
  run,
  workspace,
  targetsByRecord,
}: {
  run: Run;
  workspace: WorkspaceSchema;
  targetsByRecord: readonly (readonly ActivityTargetRef[] | undefined)[];
}): Promise<void> => {
  const idsByObject = new Map<string, string[]>();

  for (const ref of targetsByRecord.flatMap((refs) => refs ?? [])) {
    idsByObject.set(ref.objectName, [
      ...(idsByObject.get(ref.objectName) ?? []),
      ref.id,
    ]);
  }

  if (idsByObject.size === 0) {
    return;
  }

  const rows = await run(
    buildActivityTargetRecordsQuery({
      schemaName: workspace.schemaName,
      targets: [...idsByObject].map(([objectName, ids]) => ({
        object: findObject(workspace, objectName),
        ids,
      })),
    }),
  );
  const found = new Set(
    rows.map((row) =>
      refKey({
        objectName: String(row[ACTIVITY_TARGET_COLUMN_ALIASES.object]),
        id: String(row.id),
      }),
    ),
  );

  targetsByRecord.forEach((refs, recordIndex) =>
    refs?.forEach((ref, targetIndex) => {
      if (!found.has(refKey(ref))) {
        throw new TwentyMcpException(
          TwentyMcpExceptionCode.NOT_FOUND,
          `records[${recordIndex}].${ACTIVITY_TARGETS_KEY}[${targetIndex}]: no ${findObject(workspace, ref.objectName).labelSingular.toLowerCase()} with id ${ref.id} (records in the trash cannot be linked). Nothing was written.`,
        );
      }
    }),
  );
};

// New links, each (activity, target) once, in one INSERT.
export const insertActivityTargetLinks = async ({
  run,
  access,
  target,
  actor,
  links,
}: LinkWrite & {
  links: readonly { activityId: string; refs: readonly ActivityTargetRef[] }[];
}): Promise<void> => {
  if (links.every(({ refs }) => refs.length === 0)) {
    return;
  }

  const visible = requireVisible(target);
  const rows = new Map(
    links.flatMap(({ activityId, refs }) =>
      refs.map((ref) => [
        `${activityId}:${refKey(ref)}`,
        {
          activityId,
          joinColumnName: visible.schema.targets.find(
            ({ objectName }) => objectName === ref.objectName,
          )!.joinColumnName,
          targetId: ref.id,
        },
      ]),
    ),
  );

  await run(
    buildInsertActivityTargetLinksQuery({
      schemaName: access.workspace.schemaName,
      junction: findObject(access.workspace, visible.schema.junctionObjectName),
      activityJoinColumn: visible.schema.activityJoinColumn,
      links: [...rows.values()],
      actor,
    }),
  );
};

// Makes one activity's links to the target objects the caller can read
// exactly `refs`: links no longer listed go to the trash, new ones are
// inserted, the others are kept as they are. Links to objects the caller
// cannot read are neither shown nor touched.
export const replaceActivityTargetLinks = async ({
  activityId,
  refs,
  ...write
}: LinkWrite & {
  activityId: string;
  refs: readonly ActivityTargetRef[];
}): Promise<void> => {
  const { run, access, target, actor } = write;
  const visible = requireVisible(target);
  const rows = await run(
    buildFindActivityTargetLinksQuery({
      schemaName: access.workspace.schemaName,
      junctionTableName: visible.schema.junctionTableName,
      activityJoinColumn: visible.schema.activityJoinColumn,
      activityIds: [activityId],
      joinColumnNames: visible.targets.map(
        ({ joinColumnName }) => joinColumnName,
      ),
    }),
  );
  const wanted = new Set(refs.map(refKey));
  const kept = new Set<string>();
  const removedLinkIds: string[] = [];

  for (const row of rows) {
    const linked = visible.targets.find(({ joinColumnName }) =>
      isLinkValue(row[joinColumnName]),
    );
    const key = linked
      ? refKey({
          objectName: linked.objectName,
          id: String(row[linked.joinColumnName]),
        })
      : null;

    if (key && wanted.has(key) && !kept.has(key)) {
      kept.add(key);
    } else {
      removedLinkIds.push(String(row.id));
    }
  }

  if (removedLinkIds.length > 0) {
    await run(
      buildSoftDeleteActivityTargetLinksQuery({
        schemaName: access.workspace.schemaName,
        junction: findObject(
          access.workspace,
          visible.schema.junctionObjectName,
        ),
        linkIds: removedLinkIds,
        actor,
      }),
    );
  }

  await insertActivityTargetLinks({
    ...write,
    links: [{ activityId, refs: refs.filter((ref) => !kept.has(refKey(ref))) }],
  });
};

// Written records come back with their `targets` as they now are when the
// call set any, so the caller sees what it linked (with labels).
export const expandWrittenActivityTargets = async ({
  run,
  access,
  target,
  records,
  targetsByRecord,
}: {
  run: Run;
  access: RecordsAccess;
  target: QueryTarget;
  records: ApiRecord[];
  targetsByRecord: readonly (readonly ActivityTargetRef[] | undefined)[];
}): Promise<ApiRecord[]> => {
  const expansion = targetsByRecord.some((refs) => refs !== undefined)
    ? resolveActivityTargetsExpansion(
        target,
        access.workspace,
        access.permissions,
      )
    : null;

  return expansion
    ? expandRecords({
        run,
        schemaName: access.workspace.schemaName,
        selection: {
          fields: [],
          manyToOne: [],
          oneToMany: [],
          activityTargets: expansion,
        },
        records,
      })
    : records;
};
