import { type ConfirmableOperation } from '../../services/confirmations/types/confirmable-operation.type';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { type IdsPreview } from '../types/ids-preview.type';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolCallContext } from '../types/tool-call-context.type';
import { describeDestroyRelatedEffects } from './describe-destroy-related-effects.util';
import { recordLabel } from '../../domain/records/utils/record-label.util';

// Records shown by name in a preview; the count covers the rest.
const SAMPLE_SIZE = 10;

// The first phase of a delete or destroy: reads what the operation would
// change (nothing is written) and, when something would change, hands out
// a confirmation token for exactly this operation. Null when nothing
// matches: there is nothing to confirm.
export const previewIdsOperation = async ({
  env,
  context,
  object,
  ids,
  operation,
  confirmable,
}: {
  env: ToolBuildEnvironment;
  context: ToolCallContext;
  object: ObjectSchema;
  ids: string[];
  operation: 'delete' | 'destroy';
  confirmable: ConfirmableOperation;
}): Promise<IdsPreview | null> => {
  const labelField = object.labelIdentifierFieldName;
  const canReadLabel =
    labelField !== null &&
    env.permissions.objects
      .get(object.nameSingular)!
      .readableFieldNames.has(labelField);
  const records = await context.records.getByIds(context.access, {
    objectName: object.nameSingular,
    ids,
    fields: canReadLabel ? [labelField] : [],
    // Destroying removes trashed records too; trashing skips them.
    deleted: operation === 'destroy' ? 'include' : 'exclude',
  });

  if (records.length === 0) {
    return null;
  }

  const matched = new Set(records.map((record) => record.id));
  const ticket = await context.confirmations.prepare(
    context.principal,
    confirmable,
  );
  const label = (
    records.length === 1 ? object.labelSingular : object.labelPlural
  ).toLowerCase();
  const expiresAt = ticket.expiresAt.toISOString();

  return {
    object: object.nameSingular,
    confirmationRequired: true as const,
    confirmationToken: ticket.token,
    expiresAt,
    matchedCount: records.length,
    sample: records.slice(0, SAMPLE_SIZE).map((record) => ({
      id: record.id,
      label: recordLabel(object, record),
    })),
    unmatchedIds: ids.filter((id) => !matched.has(id.toLowerCase())),
    ...(operation === 'destroy'
      ? {
          effect: `Permanently removes ${records.length} ${label} (trashed ones included). This cannot be undone.`,
          relatedRecords: describeDestroyRelatedEffects(
            env.workspace,
            env.permissions,
            object,
          ),
        }
      : {
          effect: `Moves ${records.length} ${label} to the trash: they disappear from finds and restore_records brings them back.`,
        }),
    nextStep: `Nothing has been changed yet. Show the user this preview and ask whether to go ahead. Only if they agree, call this tool again with exactly the same arguments plus "confirmationToken": "${ticket.token}" before ${expiresAt} (it works once). If they do not, do nothing.`,
  };
};
