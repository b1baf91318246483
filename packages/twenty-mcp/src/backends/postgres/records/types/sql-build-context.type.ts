import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../../domain/workspace/types/workspace-schema.type';
import { type ParamCollector } from './param-collector.type';

// What compiling a piece of SQL for one object needs.
export type SqlBuildContext = {
  workspace: WorkspaceSchema;
  object: ObjectSchema;
  schemaName: string;
  params: ParamCollector;
};
