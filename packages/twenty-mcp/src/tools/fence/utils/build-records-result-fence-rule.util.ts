import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { type FenceRule } from '../types/fence-rule.type';
import { buildRecordFenceRule } from './build-record-fence-rule.util';

// The fence rule of a result listing records of `object` under `records`
// (find, get, create, update), expansions included.
export const buildRecordsResultFenceRule = (
  object: ObjectSchema,
  workspace: WorkspaceSchema,
): FenceRule => ({
  properties: {
    records: { items: buildRecordFenceRule(object, workspace, true) },
  },
});
