import { type ObjectSchema } from '../../workspace/types/workspace-schema.type';
import { type ParamCollector } from './param-collector.type';

// What compiling a piece of SQL for one object needs.
export type SqlBuildContext = {
  object: ObjectSchema;
  schemaName: string;
  params: ParamCollector;
};
