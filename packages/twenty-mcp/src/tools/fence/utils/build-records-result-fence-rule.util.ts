import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { type FenceRule } from '../types/fence-rule.type';
import { buildRecordFenceRule } from './build-record-fence-rule.util';

// Per object as the tool set holds it (a caller's view of it may lack
// fields, so never shared by name) and per workspace model; a new model or
// tool set is a new object, and a dropped one takes its rules with it.
const rules = new WeakMap<ObjectSchema, WeakMap<WorkspaceSchema, FenceRule>>();

// The fence rule of a result listing records of `object` under `records`
// (find, get, create, update), expansions included. Built once per object
// and model: it walks every field and its relation's target, which would
// otherwise cost each call time growing with the workspace.
export const buildRecordsResultFenceRule = (
  object: ObjectSchema,
  workspace: WorkspaceSchema,
): FenceRule => {
  let byWorkspace = rules.get(object);

  if (!byWorkspace) {
    byWorkspace = new WeakMap();
    rules.set(object, byWorkspace);
  }

  let rule = byWorkspace.get(workspace);

  if (!rule) {
    rule = {
      properties: {
        records: { items: buildRecordFenceRule(object, workspace, true) },
      },
    };
    byWorkspace.set(workspace, rule);
  }

  return rule;
};
